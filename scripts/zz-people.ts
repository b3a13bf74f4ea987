import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractLibrary } from '@/lib/extract';
import { parseArticleFile } from '@/lib/extract/article-file';
import { readCuratedPeople } from '@/lib/cli/read-article-files';
const files = process.argv.slice(2);
const lib = extractLibrary(files.map((f) => parseArticleFile(path.basename(f), readFileSync(f, 'utf8'))), { curated: readCuratedPeople() });
for (const p of lib.people) console.log(JSON.stringify(p).slice(0, 300));
