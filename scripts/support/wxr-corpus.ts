/**
 * A generated WordPress export for the import benchmark: `posts` classic-editor posts with
 * `comments` comments spread over them (a third of them replies), captions, links between
 * posts and a shortcode, in the shape real exports have. Deterministic.
 */
const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const cdata = (value: string) => `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

const SENTENCES = [
  'Merken die luisteren, hoeven minder hard te roepen.',
  'Een markt is een gesprek tussen mensen, geen doelgroep.',
  'KLM leerde dat tijdens de aswolk van 2010, via Twitter.',
  'Webcare begint bij de bakker op de hoek, niet in een callcenter.',
  'Wie 3 < 4 vindt en {accolades} schrijft, breekt hier niets.',
  'Doc Searls schreef later over de intentie-economie.',
];

export function wxrCorpus({ posts, comments }: { posts: number; comments: number }): string {
  const items: string[] = [];
  let commentId = 1;
  for (let post = 1; post <= posts; post++) {
    const year = 2005 + (post % 15);
    const month = String((post % 12) + 1).padStart(2, '0');
    const slug = `bericht-${post}`;
    const paragraphs = Array.from({ length: 6 }, (_, index) => SENTENCES.slice(index % 3, (index % 3) + 3).join(' '));
    const content = [
      paragraphs[0],
      `[caption id="attachment_${post}" width="300"]<img src="https://oud.example/wp-content/uploads/${year}/${month}/foto-${post}.jpg" alt="Foto ${post}" /> Bijschrift ${post}[/caption]`,
      `${paragraphs[1]} Zie ook <a href="https://oud.example/${year}/${month}/bericht-${Math.max(1, post - 1)}/">het vorige bericht</a>.`,
      ...paragraphs.slice(2),
      '[contact-form-7 id="1"]',
    ].join('\n\n');
    const count = Math.floor(comments / posts) + (post <= comments % posts ? 1 : 0);
    const first = commentId;
    const threads = Array.from({ length: count }, (_, index) => {
      const id = commentId++;
      const parent = index % 3 === 2 ? id - 1 : 0;
      return `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>${cdata(`Lezer ${id}`)}</wp:comment_author><wp:comment_author_email>lezer${id}@voorbeeld.example</wp:comment_author_email><wp:comment_author_url>https://lezer${id}.example</wp:comment_author_url><wp:comment_author_IP>192.0.2.${id % 250}</wp:comment_author_IP><wp:comment_date>${year}-${month}-15 10:00:00</wp:comment_date><wp:comment_date_gmt>${year}-${month}-15 09:00:00</wp:comment_date_gmt><wp:comment_content>${cdata(`Reactie ${id} op bericht ${post}.\n\nMet een <a href="https://voorbeeld.example">link</a>.`)}</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${parent && parent >= first ? parent : 0}</wp:comment_parent></wp:comment>`;
    });
    items.push(
      `<item><title>${escapeXml(`Bericht ${post}: markten & gesprekken`)}</title><link>https://oud.example/${year}/${month}/${slug}/</link><pubDate>Mon, 01 Jan 2018 10:00:00 +0000</pubDate><dc:creator>${cdata('redacteur')}</dc:creator><guid isPermaLink="false">https://oud.example/?p=${post}</guid><content:encoded>${cdata(content)}</content:encoded><excerpt:encoded>${cdata('')}</excerpt:encoded><wp:post_id>${post}</wp:post_id><wp:post_date>${year}-${month}-10 12:00:00</wp:post_date><wp:post_date_gmt>${year}-${month}-10 11:00:00</wp:post_date_gmt><wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password><category domain="category" nicename="opinie">${cdata('Opinie')}</category><category domain="post_tag" nicename="tag-${post % 40}">${cdata(`Onderwerp ${post % 40}`)}</category>${threads.join('')}</item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Benchmarkblog</title><link>https://oud.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://oud.example</wp:base_site_url><wp:base_blog_url>https://oud.example</wp:base_blog_url>
<wp:author><wp:author_login>${cdata('redacteur')}</wp:author_login><wp:author_email>redacteur@voorbeeld.example</wp:author_email><wp:author_display_name>${cdata('De Redacteur')}</wp:author_display_name></wp:author>
${items.join('\n')}
</channel></rss>
`;
}
