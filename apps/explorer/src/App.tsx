import { useEffect } from 'preact/hooks';
import { ApiKeyField } from './components/ApiKeyField';
import { AsOfPage } from './pages/AsOfPage';
import { AuditPage } from './pages/AuditPage';
import { CompanyPage } from './pages/CompanyPage';
import { HomePage } from './pages/HomePage';
import { ReviewPage } from './pages/ReviewPage';
import { Link, useLocation } from './router';

/** The page for a path; the server answers the same document for each of these paths. */
function Page({ url }: { url: URL }) {
  const company = /^\/companies\/([^/]+)(\/as-of)?\/?$/.exec(url.pathname);
  if (company) {
    const companyId = decodeURIComponent(company[1]);
    return company[2] ? <AsOfPage key={companyId} companyId={companyId} url={url} /> : <CompanyPage key={companyId} companyId={companyId} url={url} />;
  }
  if (url.pathname === '/review') return <ReviewPage />;
  if (url.pathname === '/audit') return <AuditPage />;
  if (url.pathname === '/') return <HomePage />;
  return <h1>No such page</h1>;
}

const PAGE_TITLES: Record<string, string> = { '/': 'Home', '/review': 'Article review', '/audit': 'Audit' };

export function App() {
  const url = useLocation();
  const here = (path: string) => (url.pathname === path ? 'page' : undefined);
  useEffect(() => {
    // A company's page names itself once its status is read.
    if (!url.pathname.startsWith('/companies/')) document.title = `${PAGE_TITLES[url.pathname] ?? 'No such page'} — Disclosure ledger explorer`;
  }, [url.pathname]);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <nav aria-label="Main">
          <Link href="/" aria-current={here('/')}>
            Home
          </Link>
          <Link href="/review" aria-current={here('/review')}>
            Article review
          </Link>
          <Link href="/audit" aria-current={here('/audit')}>
            Audit
          </Link>
          <a href="/docs">API docs</a>
        </nav>
        <ApiKeyField />
      </header>
      <main id="main" tabIndex={-1}>
        <Page url={url} />
      </main>
    </>
  );
}
