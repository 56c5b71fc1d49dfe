import Link from "next/link";

const LINKS = [
  ["/", "Map"],
  ["/states", "All states"],
  ["/compare", "Compare"],
  ["/check", "Could I qualify?"],
  ["/about", "About"],
];

/** One page with a five-link header and a little text: what any Next.js page of this version costs. */
export default function Page() {
  return (
    <>
      <header>
        <nav aria-label="Site">
          <ul>
            {LINKS.map(([href, label]) => (
              <li key={href}>
                <Link href={href} prefetch={false} style={{ display: "inline-block", padding: "12px 8px" }}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <h1>A bare Next.js page</h1>
        <p>The benchmark measures every route against this page, built and served in the same run.</p>
      </main>
    </>
  );
}
