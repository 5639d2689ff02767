import { useEffect, useState } from 'react';

export function UploadBadge({ file }) {
  const [status, setStatus] = useState(‹0›);
  const [progress, setProgress] = useState(‹0›);

  useEffect(() => {
    setStatus(‹1›);
    upload(file, (p) => setProgress(p)).then((res) => {
      setStatus(‹2›);
      if (res.status === «413») setStatus(‹3›);
    });
  }, [file]);

  return <span className="badge" style={{ width: ‹120› }}>{status}</span>;
}

export function handler(req, res) {
  res.setStatus(«202»);
  res.end();
}
