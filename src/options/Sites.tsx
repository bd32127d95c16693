/** The sites ClearBrief runs on: the marketplaces it knows, the ones the user added, and where it is off. */
import browser from 'webextension-polyfill';
import type { SectionProps } from './main';

function builtInSites(): string[] {
  const matches = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
  return [...new Set(matches.filter((m) => !m.includes('clearbrief-practice')).map((m) => new URL(m.replace('*', 'x')).hostname))];
}

export function Sites({ loaded, locked: _locked, save }: SectionProps) {
  const { userSites, disabledSites } = loaded.settings;
  return (
    <section aria-labelledby="sites">
      <h2 id="sites">Sites</h2>
      <h3>Marketplaces ClearBrief knows</h3>
      <ul>
        {builtInSites().map((host) => (
          <li key={host}>
            {host} {disabledSites.includes(host) && <em>(switched off)</em>}
          </li>
        ))}
      </ul>
      <h3>Sites you added</h3>
      {userSites.length === 0 ? (
        <p class="why">None. To add one, open a job form on that site and choose "Check job posts on this site" in the ClearBrief popup.</p>
      ) : (
        <ul>
          {userSites.map((origin) => (
            <li key={origin} data-user-site={origin}>
              {origin}{' '}
              <button
                type="button"
                onClick={() =>
                  void browser.permissions.remove({ origins: [`${origin}/*`] }).finally(() =>
                    save((s) => {
                      s.userSites = s.userSites.filter((o) => o !== origin);
                    }),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Switched off on</h3>
      {disabledSites.length === 0 && loaded.policy.disabledSites.length === 0 ? (
        <p class="why">No sites.</p>
      ) : (
        <ul>
          {loaded.policy.disabledSites.map((host) => (
            <li key={`policy-${host}`}>{host} 🔒</li>
          ))}
          {disabledSites.map((host) => (
            <li key={host} data-disabled-site={host}>
              {host}{' '}
              <button type="button" onClick={() => void save((s) => {
                s.disabledSites = s.disabledSites.filter((h) => h !== host);
              })}>
                Switch back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
