import { lexicon } from './lexicon';

/** Social-media and blogging platforms a roundup names where the posts it quotes were written: "Reactions on Weibo:". */
export const PLATFORMS = lexicon('social platforms', [
  {
    source: 'social-platforms',
    words: `
    twitter x weibo wechat facebook youtube tiktok douyin telegram reddit tumblr livejournal vkontakte
    douban zhihu baidu tieba plurk ptt naver line kakaotalk whatsapp threads bluesky mastodon blog blogs
`,
  },
]).words;
