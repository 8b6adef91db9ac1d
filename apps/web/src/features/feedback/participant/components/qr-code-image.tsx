import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code of `value` as an SVG image (sharp at any print size). `alt` names what it opens, so the
 * address is there for a screen reader too; `failedText` stands in its place if no code could be made.
 */
export function QrCodeImage({ value, alt, failedText }: { value: string; alt: string; failedText: string }) {
  const [made, setMade] = useState<{ value: string; svg: string | null } | null>(null);

  useEffect(() => {
    let live = true;
    qrSvg(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => live && setMade({ value, svg }))
      .catch(() => live && setMade({ value, svg: null }));
    return () => {
      live = false;
    };
  }, [value]);

  if (!made || made.value !== value) return <div className="participant-sheet-qr" aria-busy="true" />;
  if (!made.svg) return <p>{failedText}</p>;
  return (
    <img
      className="participant-sheet-qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(made.svg)}`}
      alt={alt}
      width={360}
      height={360}
    />
  );
}
