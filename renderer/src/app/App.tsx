export function App() {
  return <div>Inside Track</div>;
}
