package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"kefu"
	"kefu/storage"
	"kefu/ui"
)

// UIReport is what the web UI benchmark measured: server-side render
// latency per page (in-process, no network: the time a request spends in
// kefu, gzip included) and what the inbox page costs a browser to load.
type UIReport struct {
	Results []Result
	// Bytes transferred for the inbox page, gzip-compressed as served:
	// the HTML and every asset it references.
	InboxHTML, InboxHTMLGzip int
	Assets                   map[string]int // URL → gzip bytes
	// External lists URLs in the inbox page that point off the server;
	// there must be none.
	External []string
}

// TotalGzip is the inbox page's whole transfer on a cold cache.
func (r *UIReport) TotalGzip() int {
	n := r.InboxHTMLGzip
	for _, b := range r.Assets {
		n += b
	}
	return n
}

// UI renders the inbox and ticket pages iterations times each through the
// real UI handler over db, as an agent with a session, and measures the
// inbox page's weight. Its only writes: a bench user and session, and
// once each, the long conversations of Run and a few HTML mails.
func UI(ctx context.Context, db *storage.DB, iterations int) (*UIReport, error) {
	if iterations < 1 {
		return nil, kefu.Invalid("iterations", "iterations must be at least 1")
	}
	sys := kefu.SystemContext(ctx, "bench")
	p, err := loadParams(sys, db)
	if err != nil {
		return nil, err
	}
	if p.longIDs, err = longTickets(sys, db, p.stores[0]); err != nil {
		return nil, err
	}
	htmlIDs, err := htmlTickets(sys, db, p.stores[0])
	if err != nil {
		return nil, err
	}
	cookie, err := benchSession(sys, db, p)
	if err != nil {
		return nil, err
	}
	services := ui.Services{Tickets: db, Orders: db, Customers: db, Stores: db, Users: db, Tokens: db, Disputes: db,
		Sessions: db, Teams: db, Replies: db, PII: db, Changes: db, Inbox: db}
	warm := ui.New(services, ui.Options{}).Handler()
	cold := ui.New(services, ui.Options{CountTTL: -1}).Handler()
	get := func(h http.Handler, path string) (*capture, error) {
		req, err := http.NewRequestWithContext(ctx, "GET", "http://kefu.local"+path, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Cookie", cookie)
		req.Header.Set("Accept-Encoding", "gzip")
		req.Header.Set("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
		rec := &capture{header: http.Header{}}
		h.ServeHTTP(rec, req)
		if rec.status != http.StatusOK {
			return rec, fmt.Errorf("bench: GET %s: status %d", path, rec.status)
		}
		return rec, nil
	}
	pick := func(list []string, i int) string { return list[i%len(list)] }
	mix := func(i int) int { return int((uint64(i)*2654435761 + 40503) % (1 << 31)) }
	pages := []struct {
		name string
		h    http.Handler
		path func(i int) string
	}{
		{"inbox: all open", warm, func(i int) string { return "/" }},
		{"inbox: all open, counts recomputed", cold, func(i int) string { return "/" }},
		{"inbox: mine", warm, func(i int) string { return "/?view=mine" }},
		{"inbox: due soon", warm, func(i int) string { return "/?view=due_soon" }},
		{"inbox: breached", warm, func(i int) string { return "/?view=breached" }},
		{"inbox: unassigned in one store", warm, func(i int) string {
			return fmt.Sprintf("/?view=unassigned&store=%d", p.stores[i%len(p.stores)])
		}},
		{"inbox: intent + language filter", warm, func(i int) string {
			return "/?intent=" + pick(intentIDs, i) + "&language=en"
		}},
		{"inbox: search 退款 (Chinese)", warm, func(i int) string { return "/?q=" + url.QueryEscape(pick(p.searchWords["zh2"], i)) }},
		{"inbox: search word (Latin)", warm, func(i int) string { return "/?q=" + url.QueryEscape(pick(p.searchWords["latin"], i)) }},
		{"inbox: order number", warm, func(i int) string {
			return "/?view=all&order_number=" + url.QueryEscape(p.orders[mix(i)%len(p.orders)])
		}},
		{"ticket page", warm, func(i int) string { return fmt.Sprintf("/tickets/%d", p.ticketIDs[mix(i)%len(p.ticketIDs)]) }},
		{fmt.Sprintf("ticket page, %d messages", longTicket), warm, func(i int) string {
			return fmt.Sprintf("/tickets/%d", p.longIDs[mix(i)%len(p.longIDs)])
		}},
		{fmt.Sprintf("ticket page, %d HTML mails", htmlMails), warm, func(i int) string {
			return fmt.Sprintf("/tickets/%d", htmlIDs[mix(i)%len(htmlIDs)])
		}},
	}
	report := &UIReport{Assets: map[string]int{}}
	for _, pg := range pages {
		if _, err := get(pg.h, pg.path(iterations)); err != nil { // warm-up, untimed
			return nil, err
		}
		times := make([]time.Duration, iterations)
		for i := range iterations {
			start := time.Now()
			if _, err := get(pg.h, pg.path(i)); err != nil {
				return nil, err
			}
			times[i] = time.Since(start)
		}
		report.Results = append(report.Results, summarize(pg.name, times))
	}
	if err := weigh(report, func(path string) (*capture, error) { return get(warm, path) }); err != nil {
		return nil, err
	}
	return report, nil
}

var pageURL = regexp.MustCompile(`(?:src|href|action|srcdoc)="([^"]*)"`)

// weigh loads the inbox as a browser would on a cold cache: the page and
// every asset it references, gzip-compressed, and lists any URL that
// would leave the server.
func weigh(r *UIReport, get func(string) (*capture, error)) error {
	page, err := get("/")
	if err != nil {
		return err
	}
	r.InboxHTMLGzip = page.body.Len()
	plain, err := gunzip(page)
	if err != nil {
		return err
	}
	r.InboxHTML = len(plain)
	for _, m := range pageURL.FindAllStringSubmatch(string(plain), -1) {
		u := m[1]
		switch {
		case strings.HasPrefix(u, "/static/"):
			if _, seen := r.Assets[u]; seen {
				continue
			}
			asset, err := get(u)
			if err != nil {
				return err
			}
			r.Assets[u] = asset.body.Len()
		case strings.HasPrefix(u, "//"), strings.Contains(u, "://"):
			r.External = append(r.External, u)
		}
	}
	return nil
}

func gunzip(c *capture) ([]byte, error) {
	if c.header.Get("Content-Encoding") != "gzip" {
		return c.body.Bytes(), nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(c.body.Bytes()))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// capture records a response in memory.
type capture struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (c *capture) Header() http.Header { return c.header }
func (c *capture) WriteHeader(code int) {
	if c.status == 0 {
		c.status = code
	}
}
func (c *capture) Write(b []byte) (int, error) {
	if c.status == 0 {
		c.status = http.StatusOK
	}
	return c.body.Write(b)
}

// benchSession signs a bench agent in: an agent of the seeded data when
// there is one (so "mine" has tickets), else a bench admin.
func benchSession(ctx context.Context, db *storage.DB, p *params) (string, error) {
	uid := p.agents[0]
	if uid == 0 {
		u := &kefu.User{Email: "bench-ui@example.com", Name: "Bench UI", Role: kefu.RoleAdmin}
		err := db.CreateUser(ctx, u, "")
		if kefu.ErrorCode(err) == kefu.ECONFLICT {
			if u, err = db.FindUserByEmail(ctx, u.Email); err != nil {
				return "", err
			}
		} else if err != nil {
			return "", err
		}
		uid = u.ID
	}
	secret, err := db.CreateSession(ctx, &kefu.Session{UserID: uid, UserAgent: "kefu bench ui"})
	if err != nil {
		return "", err
	}
	return "kefu_session=" + secret, nil
}

// htmlMails is the length of the HTML conversations: marketplace and
// provider mails with tables, links, a logo and a tracking pixel.
const htmlMails = 8

func htmlTickets(ctx context.Context, db *storage.DB, store int64) ([]int64, error) {
	ids, err := taggedTickets(ctx, db, "bench-html")
	if err != nil || len(ids) > 0 {
		return ids, err
	}
	var creates []*kefu.TicketCreate
	for i := range 10 {
		c := &kefu.TicketCreate{StoreID: store, Subject: fmt.Sprintf("HTML conversation %d", i+1), Status: kefu.StatusOpen,
			Intent: "not_as_described", Language: "en", Tags: []string{"bench-html"}}
		for j := range htmlMails {
			c.Messages = append(c.Messages, &kefu.Message{Direction: kefu.DirectionInbound, HTML: benchMail(i*htmlMails + j)})
		}
		creates = append(creates, c)
	}
	return db.CreateTickets(ctx, creates)
}

func benchMail(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<div><img src="https://images.example.com/logo.png" alt="Shop" width="120" height="40"><p>Dear seller,</p>`)
	fmt.Fprintf(&b, `<p>Message %d about order <b>113-%07d-1234567</b>. The item arrived damaged; see the photos.</p><table>`, n, n)
	for i := range 12 {
		fmt.Fprintf(&b, `<tr><td>Item %d</td><td>Cordless vacuum, 9000Pa</td><td>USD %d.99</td></tr>`, i, 40+i)
	}
	b.WriteString(`</table><p><a href="https://sellercentral.example.com/messages/` + fmt.Sprint(n) + `">Reply in Seller Central</a></p>`)
	b.WriteString(`<blockquote>` + strings.Repeat("Earlier message quoted here. ", 40) + `</blockquote>`)
	b.WriteString(`<img src="https://t.example.com/open.gif?id=` + fmt.Sprint(n) + `" width="1" height="1"></div>`)
	return b.String()
}

// ReportUI writes the UI benchmark as Markdown for docs/benchmarks.md.
func ReportUI(w io.Writer, dialect string, r *UIReport, dbBytes int64) {
	Report(w, dialect, r.Results, dbBytes)
	fmt.Fprintf(w, "\nInbox page weight, cold browser cache, gzip as served:\n\n")
	fmt.Fprintf(w, "| Resource | Transferred |\n|---|---:|\n")
	fmt.Fprintf(w, "| inbox HTML (%s uncompressed) | %s |\n", formatBytes(int64(r.InboxHTML)), formatBytes(int64(r.InboxHTMLGzip)))
	for _, u := range slices.Sorted(maps.Keys(r.Assets)) {
		fmt.Fprintf(w, "| %s | %s |\n", u, formatBytes(int64(r.Assets[u])))
	}
	fmt.Fprintf(w, "| **total** | **%s** |\n", formatBytes(int64(r.TotalGzip())))
	fmt.Fprintf(w, "\nExternal requests: %d\n", len(r.External))
	for _, u := range r.External {
		fmt.Fprintf(w, "- %s\n", u)
	}
}
