// Inside the group's layout, so a page's notFound() keeps the header (app/not-found.tsx alone renders outside it).
export { default } from '@/app/not-found';
