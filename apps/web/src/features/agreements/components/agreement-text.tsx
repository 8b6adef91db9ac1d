import { paragraphsOf } from '../agreements.rules';

/** A document's plain text as paragraphs, as the admin wrote it (never as HTML). */
export function AgreementText({ body, lang }: { body: string; lang?: string }) {
  return (
    <div className="agreement-text" lang={lang}>
      {paragraphsOf(body).map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
