// The page: for now, the title while the panels are built.
export function App() {
  return <h1>Fine-Tuning Playground</h1>;
}
