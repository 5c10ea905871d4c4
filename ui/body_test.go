package ui

import (
	"strings"
	"testing"

	"kefu"
)

func TestRewriteHTML_HoldsRemoteImagesDropsPixelsAndDefangsLinks(t *testing.T) {
	t.Parallel()
	cids := map[string]string{"logo@shop": "/attachments/7"}
	for _, tc := range []struct {
		name    string
		in      string
		opts    rewriteOptions
		want    []string
		notWant []string
		blocked int
	}{
		{"remote image held", `<p>hi<img src="https://cdn.example/a.png" alt="photo"></p>`, rewriteOptions{},
			[]string{`<span class="held-image" title="https://cdn.example/a.png">[photo]</span>`}, []string{"<img"}, 1},
		{"remote image allowed", `<img src="https://cdn.example/a.png">`, rewriteOptions{remote: true},
			[]string{`<img src="https://cdn.example/a.png" alt="" referrerpolicy="no-referrer" loading="lazy">`}, nil, 0},
		{"tracking pixel dropped even with consent", `<img src="https://t.example/o.gif" width="1" height="1">x`, rewriteOptions{remote: true},
			[]string{"x"}, []string{"t.example"}, 0},
		{"pixel by height in px", `<img src="http://t.example/o.gif" height="2px">`, rewriteOptions{}, nil, []string{"t.example"}, 0},
		{"inline attachment", `<img src="cid:logo@shop" alt="logo">`, rewriteOptions{attachments: cids},
			[]string{`<img src="/attachments/7" alt="logo">`}, nil, 0},
		{"unknown cid dropped", `<img src="cid:nope">`, rewriteOptions{attachments: cids}, nil, []string{"<img"}, 0},
		{"links kept", `<a href="https://shop.example/o/1" rel="nofollow">order</a>`, rewriteOptions{},
			[]string{`href="https://shop.example/o/1"`}, nil, 0},
		{"links defanged", `<a href="https://evil.example/login?x=1">verify now</a>`, rewriteOptions{defang: true},
			[]string{`<span class="defanged">verify now</span> <code class="defanged-url">hxxps://evil[.]example/login?x=1</code>`}, []string{"href"}, 0},
		{"unclosed link defanged", `<a href="http://a.example">x`, rewriteOptions{defang: true}, []string{"</span>"}, []string{"href"}, 0},
		{"text re-escaped", `<p>1 &lt; 2 &amp; &lt;b&gt;</p>`, rewriteOptions{}, []string{"1 &lt; 2 &amp; &lt;b&gt;"}, []string{"<b>"}, 0},
	} {
		got, blocked := rewriteHTML(tc.in, tc.opts)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", tc.name, got, w)
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q contains %q", tc.name, got, w)
			}
		}
		if blocked != tc.blocked {
			t.Errorf("%s: blocked = %d, want %d", tc.name, blocked, tc.blocked)
		}
	}
}

func TestMessageDoc_SanitisesAgainWhateverStorageHolds(t *testing.T) {
	t.Parallel()
	s := &Server{assets: mustLoadAssets()}
	// A row written before sanitising existed, or by a buggy importer.
	m := &kefu.Message{ID: 1, HTML: `<svg onload="alert(1)"><script>alert(2)</script></svg><iframe src="https://x"></iframe><a href="javascript:alert(3)">x</a><style>body{display:none}</style><div style="position:fixed">y</div>`}
	doc, _ := s.messageDoc(&kefu.Ticket{}, m, false)
	for _, bad := range []string{"onload", "<script", "<iframe", "javascript:", "<style", "position:fixed", "<svg"} {
		if strings.Contains(doc, bad) {
			t.Errorf("frame document keeps %q: %s", bad, doc)
		}
	}
}

func TestDefangURL(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"https://paypal.com.verify-account.example/login": "hxxps://paypal[.]com[.]verify-account[.]example/login",
		"http://a.b":         "hxxp://a[.]b",
		"mailto:x@bank.test": "mailto:x@bank[.]test",
	} {
		if got := defangURL(in); got != want {
			t.Errorf("defangURL(%q) = %q, want %q", in, got, want)
		}
	}
}
