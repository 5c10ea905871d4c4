package ui_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"kefu"
)

// hits counts every request an attacker's server receives, by path.
type hits struct {
	mu    sync.Mutex
	paths []string
}

func (h *hits) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	h.paths = append(h.paths, r.URL.Path)
	h.mu.Unlock()
	w.Header().Set("Content-Type", "image/gif")
	w.Write([]byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"))
}

func (h *hits) list() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.paths...)
}

// xssPayloads are what a hostile mail or chat can carry. Each one that
// ran would set window.__pwned; each one that loaded would hit the
// attacker's server.
func xssPayloads(evil string) []string {
	return []string{
		`<script>window.__pwned = "script"; new Image().src = "EVIL/script"</script>`,
		`<img src="x" onerror="window.__pwned = 'onerror'">`,
		`<a href="javascript:window.__pwned='javascript-link'" id="jslink">click me</a>`,
		`<a href="  JaVaScRiPt:window.__pwned='spaced'">spaced</a>`,
		`<svg onload="window.__pwned='svg-onload'"><script>window.__pwned='svg-script'</script><use href="EVIL/use.svg#x"/></svg>`,
		`<svg><a xlink:href="javascript:window.__pwned='svg-link'"><text y="20">svg link</text></a></svg>`,
		`<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
		`<noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>">`,
		`<style>@import url("EVIL/import.css"); body { background: url("EVIL/bg.png") } * { display: none }</style>`,
		`<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;background:url(EVIL/inline.png);z-index:99999">overlay</div>`,
		`<link rel="stylesheet" href="EVIL/link.css"><meta http-equiv="refresh" content="0;url=EVIL/meta"><base href="EVIL/">`,
		`<iframe src="EVIL/frame"></iframe><object data="EVIL/object"></object><embed src="EVIL/embed">`,
		`<form action="EVIL/form"><input name="x" autofocus onfocus="window.__pwned='autofocus'"><button>send</button></form>`,
		`<details open ontoggle="window.__pwned='ontoggle'"><summary>x</summary></details>`,
		`<img srcset="EVIL/srcset.png 1x"><video poster="EVIL/poster.png"></video><audio src="EVIL/audio.mp3"></audio>`,
		`<img src="EVIL/pixel.gif" width="1" height="1" alt="">`,
		`<p>A real photo: <img src="EVIL/photo.png" alt="photo"></p>`,
		`<table background="EVIL/table.png"><tr><td>x</td></tr></table>`,
	}
}

func TestBrowser_HostileMessagesRunNothingAndLoadNothing(t *testing.T) {
	attacker := &hits{}
	evil := httptest.NewServer(attacker)
	defer evil.Close()
	a := startApp(t, false)
	db := a.DB()
	sys := kefu.SystemContext(context.Background(), "test")
	store := &kefu.Store{Slug: "xss", Platform: "amazon", Name: `<img src=x onerror="window.__pwned='store'">`, Timezone: "UTC", Currency: "USD"}
	if err := db.CreateStore(sys, store); err != nil {
		t.Fatal(err)
	}
	admin := &kefu.User{Email: "admin@example.com", Name: `"><script>window.__pwned='name'</script>`, Role: kefu.RoleAdmin}
	if err := db.CreateUser(sys, admin, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	token, err := db.CreateToken(kefu.WithActor(context.Background(), &kefu.Actor{User: admin}), &kefu.Token{Name: "xss", Scopes: []string{kefu.ScopeTicketsWrite, kefu.ScopeTicketsRead}})
	if err != nil {
		t.Fatal(err)
	}

	// Ingest through the API: one message per payload, one with them all,
	// and hostile text in the subject, the buyer's name and plain text.
	var ids []int64
	payloads := xssPayloads(evil.URL)
	all := strings.Join(payloads, "\n")
	for i, p := range append(payloads, all) {
		body := map[string]any{
			"store_id": store.ID,
			"subject":  fmt.Sprintf(`XSS %d "><script>window.__pwned='subject'</script><img src="%s/subject.png" onerror="window.__pwned='subject-img'">`, i, evil.URL),
			"customer": map[string]any{"name": `<svg onload="window.__pwned='buyer'">`, "identities": []map[string]string{{"kind": "email", "value": fmt.Sprintf("x%d@example.com", i)}}},
			"message": map[string]any{
				"text": `<script>window.__pwned='text'</script> javascript:window.__pwned='text-link'`,
				"html": strings.ReplaceAll(p, "EVIL", evil.URL),
			},
			"tags":               []string{"xss"},
			"suspected_phishing": i%2 == 1,
		}
		raw, _ := json.Marshal(body)
		req, _ := http.NewRequest("POST", a.URL()+"/api/v1/tickets", bytes.NewReader(raw))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var created kefu.Ticket
		json.NewDecoder(res.Body).Decode(&created)
		res.Body.Close()
		if res.StatusCode != http.StatusCreated && res.StatusCode != http.StatusOK {
			t.Fatalf("create ticket %d: status %d", i, res.StatusCode)
		}
		ids = append(ids, created.ID)
	}

	b := newBrowser(t, a.URL())
	dialogs := chromedp.Events(b.ctx, page.JavascriptDialogOpening)
	var dialogCount int
	var dmu sync.Mutex
	go func() {
		for _, err := range dialogs {
			if err != nil {
				return
			}
			dmu.Lock()
			dialogCount++
			dmu.Unlock()
			chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	b.open("/login")
	b.do("sign in", chromedp.SendKeys(chromedp.CSS("input[name=email]"), "admin@example.com"),
		chromedp.SendKeys(chromedp.CSS("input[name=password]"), "correct horse battery"))
	b.pressAndLoad("\r")

	pwned := `(() => {
		const seen = [];
		if (window.__pwned !== undefined) seen.push("page:" + window.__pwned);
		for (const f of document.querySelectorAll("iframe")) {
			try { if (f.contentWindow.__pwned !== undefined) seen.push("frame:" + f.contentWindow.__pwned); } catch (e) { seen.push("frame unreadable: " + e); }
		}
		return seen.join(", ");
	})()`
	check := func(where string) {
		t.Helper()
		time.Sleep(700 * time.Millisecond) // let anything that would run, run
		if got := eval[string](b, pwned); got != "" {
			t.Errorf("%s: script ran: %s", where, got)
		}
		if got := attacker.list(); len(got) > 0 {
			t.Errorf("%s: the attacker's server was asked for %v", where, got)
		}
		dmu.Lock()
		if dialogCount > 0 {
			t.Errorf("%s: %d dialogs opened", where, dialogCount)
		}
		dmu.Unlock()
	}

	b.open("/?view=all&tag=xss")
	b.do("inbox", chromedp.WaitVisible(chromedp.ID("tickets")))
	if n := eval[int](b, `document.querySelectorAll("#tickets tr.row").length`); n != len(ids) {
		t.Errorf("the inbox lists %d hostile tickets, want %d", n, len(ids))
	}
	check("inbox")
	b.screenshot("xss-inbox")

	for i, id := range ids {
		b.open(fmt.Sprintf("/tickets/%d", id))
		b.waitFor("frames loaded", `[...document.querySelectorAll("iframe.msg-frame")].every(f => f.contentDocument && f.contentDocument.readyState === "complete")`, 10*time.Second)
		// Click the links a hostile mail offers, inside the frame.
		eval[bool](b, `(() => { for (const f of document.querySelectorAll("iframe.msg-frame")) for (const a of f.contentDocument.querySelectorAll("a")) a.click(); return true })()`)
		check(fmt.Sprintf("ticket %d (payload %d)", id, i))
		// The page around the mail keeps its layout: the sidebar and the
		// composer are where they belong and on screen.
		if !eval[bool](b, `(() => { const s = document.querySelector("aside.side").getBoundingClientRect(); const c = document.getElementById("composer").getBoundingClientRect(); return s.width > 200 && c.width > 300 && s.left > c.left })()`) {
			t.Errorf("ticket %d: the page layout broke", id)
			b.screenshot(fmt.Sprintf("xss-broken-%d", id))
		}
	}
	b.screenshot("xss-ticket-all-payloads")

	// With consent, the real photo loads — and still no pixel, no script.
	b.do("load images", chromedp.Click(chromedp.CSS("a.load-images")))
	b.waitFor("photo loaded", `[...document.querySelectorAll("iframe.msg-frame")].some(f => f.contentDocument && [...f.contentDocument.images].some(i => i.complete && i.naturalWidth > 0))`, 10*time.Second)
	time.Sleep(500 * time.Millisecond)
	for _, p := range attacker.list() {
		if p != "/photo.png" && p != "/table.png" {
			t.Errorf("after consenting to images the attacker was asked for %s", p)
		}
	}
	if got := eval[string](b, pwned); got != "" {
		t.Errorf("after consenting to images, script ran: %s", got)
	}
	b.screenshot("xss-images-loaded")
}
