import { Link, data, useParams, type LoaderFunctionArgs } from 'react-router';
import { treeNamespace, type NodeKind, type Tree } from '@/engine';
import { findTree, trees } from '@/trees';
import { ensureNamespaces } from '@/i18n/i18n';
import { paths } from '@/config/paths';
import { isLang } from '@/i18n/langs';
import { looseT, useLang, useLooseT, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { NotFoundView } from '@/components/not-found-view';
import { kindCounts, mapNamespaces, useMapText } from './map-text';
import { KindShape, TreePicture } from './tree-picture';
import { TreeList } from './tree-list';
import './map.css';

const KINDS: readonly NodeKind[] = ['question', 'check', 'compute', 'diagnosis'];

/** The map index's head. */
export const mapIndexHead: HeadFn = ({ t }) => ({ title: [t('index.title', { ns: 'map' })] });

/** One symptom's map: its head. */
export const mapSymptomHead: HeadFn = ({ t, looseT: tl, params }) => {
  const tree = findTree(params.symptomId ?? '');
  if (!tree) return { title: [] };
  const symptom = tl('title', { ns: treeNamespace(tree.id) });
  return { title: [t('symptom.title', { ns: 'map', symptom })] };
};

/** Loads the words of the map index: every symptom's title and summary. */
export async function mapIndexLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, ['common', 'map', ...trees.map((t) => treeNamespace(t.id))]);
  return null;
}

/** Loads one tree's words and the titles of its diagnoses; an unknown symptom is a 404. */
export async function mapSymptomLoader({ params }: LoaderFunctionArgs) {
  const tree = findTree(params.symptomId ?? '');
  if (!isLang(params.lang) || !tree) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, mapNamespaces(tree));
  return null;
}

function Stats({ tree }: { tree: Tree }) {
  const { t } = useT('map');
  const counts = kindCounts(tree);
  return (
    <ul className="map-stats">
      {KINDS.map((k) => (
        <li key={k}>{t(`stats.${k}`, { count: counts[k] })}</li>
      ))}
    </ul>
  );
}

/** `/<lang>/map`: every symptom, with a link to its map. */
export function MapIndexPage() {
  const lang = useLang();
  const { t } = useT(['map', 'common']);
  const tl = looseT(t);
  return (
    <main id="main" tabIndex={-1} data-page="map-index">
      <h1>{t('index.title')}</h1>
      <p className="lead">{t('index.lead')}</p>
      <h2 id="map-symptoms">{t('index.symptoms')}</h2>
      <ul className="symptom-list" aria-labelledby="map-symptoms">
        {trees.map((tree) => (
          <li key={tree.id}>
            <Link to={paths.mapSymptom.href(lang, tree.id)} className="symptom-link">
              {tl('title', { ns: treeNamespace(tree.id) })}
            </Link>
            <p className="hint">{tl('summary', { ns: treeNamespace(tree.id) })}</p>
            <Stats tree={tree} />
          </li>
        ))}
      </ul>
    </main>
  );
}

function Legend() {
  const { t } = useT('map');
  return (
    <ul className="map-legend">
      {KINDS.map((k) => (
        <li key={k}>
          <svg className="map-legend-shape" width={44} height={28} aria-hidden="true">
            <g transform="translate(2 2)">
              <KindShape kind={k} width={40} height={24} />
            </g>
          </svg>
          <span>
            <strong>{t(`kinds.${k}`)}</strong> — {t(`kindHelp.${k}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SymptomMap({ tree }: { tree: Tree }) {
  const lang = useLang();
  const ns = treeNamespace(tree.id);
  const { t } = useT(['map', 'common']);
  // The tree's own words (its namespace is named from data).
  const { t: tl } = useLooseT([ns, 'common']);
  const { texts, entries } = useMapText(tree, lang);
  const symptom = tl('title', { ns });
  const heading = t('symptom.title', { symptom });
  return (
    <main id="main" tabIndex={-1} data-page="map" data-symptom={tree.id} className="map-page">
      <p className="eyebrow">{t('symptom.eyebrow')}</p>
      <h1>{heading}</h1>
      <p className="lead">{tl('summary', { ns })}</p>
      <Stats tree={tree} />
      <h2>{t('symptom.legend')}</h2>
      <Legend />
      <p>{t('symptom.pictureHint')}</p>
      <p>
        <a href="#map-text-version">{t('symptom.skipToList')}</a>
      </p>
      <h2 id="map-picture-title">{t('symptom.picture')}</h2>
      <div className="map-scroll">
        <TreePicture tree={tree} texts={texts} labelledBy="map-picture-title" />
      </div>
      <h2 id="map-text-version" tabIndex={-1}>
        {t('symptom.list')}
      </h2>
      <p>{t('symptom.listHint')}</p>
      <TreeList tree={tree} texts={texts} entries={entries} />
      <p className="start-again">
        <Link to={paths.map.href(lang)}>{t('symptom.allMaps')}</Link>
      </p>
    </main>
  );
}

/** `/<lang>/map/<symptomId>`: one symptom's tree as a picture and as nested lists. */
export function MapSymptomPage() {
  const lang = useLang();
  const { symptomId } = useParams();
  const tree = findTree(symptomId ?? '');
  if (!tree) return <NotFoundView lang={lang} />;
  return <SymptomMap key={tree.id} tree={tree} />;
}
