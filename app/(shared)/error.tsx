'use client';

// Inside the group's layout, so an error keeps the header (app/error.tsx alone renders outside it).
export { default } from '@/app/error';
