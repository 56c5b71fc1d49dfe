export const metadata = { title: "Anchor", description: "A bare Next.js page: the floor the benchmark measures against." };

export const viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
