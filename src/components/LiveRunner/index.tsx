import CodePanel from '@site/src/components/CodePanel';
import type { SnippetData } from '@site/src/plugins/snippet-registry';

// Interim: the TypeScript tab shows static code until the live runner lands (issue 5).
export default function LiveRunner({
  snippet,
  fileName,
}: {
  snippet: SnippetData;
  fileName: string;
}) {
  const file = snippet.files.typescript;
  return <CodePanel fileName={fileName} source={file.source} html={file.html} />;
}
