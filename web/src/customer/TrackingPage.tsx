import { useParams } from 'react-router';

/** The customer's tracking page (#13): built in phase 2. */
export default function TrackingPage() {
  const { code } = useParams();
  return (
    <main id="content" className="track">
      <h1>{code}</h1>
    </main>
  );
}
