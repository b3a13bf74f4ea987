/** "cited" with a highlighter stroke and a closing quotation mark: the citation is the brand. */
export function WordMark({ className = '' }: { className?: string }) {
  return (
    <span className={`relative inline-flex items-baseline font-extrabold tracking-tight ${className}`}>
      <span aria-hidden className="absolute inset-x-[-0.15em] bottom-[0.08em] h-[0.5em] -skew-x-12 rounded-sm bg-cite" />
      <span className="relative">cited</span>
      <span aria-hidden className="relative ml-0.5 text-accent-600">”</span>
    </span>
  );
}
