/** Placeholder shell until the web app's foundation lands: names the service and where the API is. */
export function App() {
  return (
    <main>
      <h1>Kokemus</h1>
      <p>Kokemusasiantuntijatoiminnan koordinointi.</p>
      <p>
        <a href="/api/docs">API-dokumentaatio</a>
      </p>
    </main>
  );
}
