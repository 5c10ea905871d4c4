package ui

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"kefu"
)

//go:embed templates
var templateFiles embed.FS

// The layout and partials every page shares; every other file under
// templates/ is one page, named by its file name without .html.
var sharedTemplates = []string{"templates/layout.html", "templates/partials.html"}

func mustParseTemplates() map[string]*template.Template {
	pages, err := parseTemplates()
	if err != nil {
		panic("ui: templates: " + err.Error())
	}
	return pages
}

func parseTemplates() (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(templateFuncs).ParseFS(templateFiles, sharedTemplates...)
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{"": base}
	for _, f := range files {
		if f == sharedTemplates[0] || f == sharedTemplates[1] {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFiles, f)
		if err != nil {
			return nil, err
		}
		pages[strings.TrimSuffix(strings.TrimPrefix(f, "templates/"), ".html")] = t
	}
	return pages, nil
}

// templateFuncs are the few helpers that need no request; everything
// that depends on the viewer (language, time zone) is a method of base.
var templateFuncs = template.FuncMap{
	"snippet": snippet,
	"join":    strings.Join,
}

// snippet lets through the <mark> highlights of a search excerpt, which
// storage builds from escaped text, and escapes anything else.
func snippet(s string) template.HTML {
	plain := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s)
	if strings.ContainsAny(plain, "<>") {
		return template.HTML(template.HTMLEscapeString(s))
	}
	return template.HTML(s)
}

// base is what every page knows: who is looking, in which language and
// zone, and the helpers templates call ({{.T "key"}}, {{$.Time .At}}).
type base struct {
	v     *viewer
	s     *Server
	Title string
	Nav   string // the active navigation item
	Now   time.Time
	Flash string // a one-line success message
	Error string // a one-line failure message
	// Path is the page's own URL, for forms that return here.
	Path string
	// Q is the search box's text.
	Q string
}

func (s *Server) base(r *http.Request, title, nav string) *base {
	return &base{v: viewerFrom(r), s: s, Title: title, Nav: nav, Now: s.now(), Path: r.URL.RequestURI(),
		Flash: flashFrom(r)}
}

// T translates a catalog key.
func (b *base) T(key string, args ...any) string { return b.v.lang.T(key, args...) }

// Lang is the page's language for <html lang>.
func (b *base) Lang() string { return b.v.lang.tag }

// User is the signed-in user, or nil.
func (b *base) User() *kefu.User { return b.v.user }

// CSRF is the token forms send back.
func (b *base) CSRF() string { return b.v.csrf }

// IsAdmin and IsSupervisor decide which navigation a user sees; the
// routes enforce the same.
func (b *base) IsAdmin() bool { return b.v.user != nil && b.v.user.Role == kefu.RoleAdmin }
func (b *base) IsSupervisor() bool {
	return b.v.user != nil && (b.v.user.Role == kefu.RoleAdmin || b.v.user.Role == kefu.RoleSupervisor)
}

// CanWrite is false for viewers, who read only.
func (b *base) CanWrite() bool { return b.v.user != nil && b.v.user.Role != kefu.RoleViewer }

// Asset is a static file's content-hashed URL.
func (b *base) Asset(name string) string { return b.s.assets.url(name) }

// Label is a taxonomy value's name in the viewer's language.
func (b *base) Label(kind, id string) string {
	switch kind {
	case "intent":
		return b.v.lang.label(kefu.Intents, id)
	case "notice":
		return b.v.lang.label(kefu.NoticeKinds, id)
	case "status":
		return b.v.lang.label(kefu.Statuses, id)
	case "priority":
		return b.v.lang.label(kefu.Priorities, id)
	case "platform":
		return b.v.lang.label(kefu.Platforms, id)
	case "role":
		return b.v.lang.label(kefu.Roles, id)
	case "variable":
		return b.v.lang.label(kefu.ReplyVariables, id)
	}
	return id
}

// Labels lists a taxonomy for a select box.
func (b *base) Labels(kind string) []kefu.Label {
	switch kind {
	case "intent":
		return kefu.Intents
	case "notice":
		return kefu.NoticeKinds
	case "status":
		return kefu.Statuses
	case "priority":
		return kefu.Priorities
	case "platform":
		return kefu.Platforms
	case "role":
		return kefu.Roles
	case "variable":
		return kefu.ReplyVariables
	}
	return nil
}

// Name is a label's text in the viewer's language.
func (b *base) Name(l kefu.Label) string {
	if b.v.lang.zh() {
		return l.ZH
	}
	return l.EN
}

// Time is t in the viewer's zone.
func (b *base) Time(t time.Time) string { return dayTime(b.v.lang, t, b.v.loc, b.Now) }

// TimePtr is Time for optional times; "" for nil.
func (b *base) TimePtr(t *time.Time) string {
	if t == nil {
		return ""
	}
	return b.Time(*t)
}

// ISO is t for a <time datetime> attribute.
func (b *base) ISO(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// Age is how long ago t was, coarsely.
func (b *base) Age(t time.Time) string { return span(b.v.lang, b.Now.Sub(t)) }

// Clock is a deadline with the time left and, when the store keeps
// another clock, the store's local time.
func (b *base) Clock(due *time.Time, storeTZ string) *clock {
	var store *time.Location
	if storeTZ != "" {
		store = loadLocation(storeTZ)
	}
	return deadline(b.v.lang, due, b.Now, b.v.loc, store)
}

// Money prints minor units with the currency code.
func (b *base) Money(minor int64, currency string) string { return money(minor, currency) }

// Bytes is a file size for people: 532 B, 14 KB, 2.1 MB.
func (b *base) Bytes(n int64) string {
	switch {
	case n < 1000:
		return strconv.FormatInt(n, 10) + " B"
	case n < 1000*1000:
		return strconv.FormatInt(n/1000, 10) + " KB"
	}
	return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB"
}

// render executes a page into a buffer first, so that a template failure
// becomes an error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) error {
	t := s.pages[page]
	if t == nil {
		return errors.New("ui: no page " + page)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		return err
	}
	if _, err := r.Cookie(flashCookie); err == nil { // shown now: once is enough
		http.SetCookie(w, &http.Cookie{Name: flashCookie, Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.secure(r)})
	}
	writeHTML(w, status, buf.Bytes())
	return nil
}

// fragment executes one named template of a page without the layout, for
// the page's own fetches (a refreshed inbox row, a grown thread).
func (s *Server) fragment(w http.ResponseWriter, page, name string, data any) error {
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, name, data); err != nil {
		return err
	}
	writeHTML(w, http.StatusOK, buf.Bytes())
	return nil
}

func writeHTML(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	// Pages hold buyers' data and CSRF tokens: never cache them.
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(v)
}

// Errors the UI itself raises.
var (
	errSignIn       = &kefu.Error{Code: kefu.EUNAUTHORIZED, Message: "sign in first"}
	errSecondFactor = &kefu.Error{Code: kefu.EUNAUTHORIZED, Message: "second factor required"}
	errEnrol        = &kefu.Error{Code: kefu.EFORBIDDEN, Message: "an admin requires a second factor: set up TOTP first"}
	errForbidden    = &kefu.Error{Code: kefu.EFORBIDDEN, Message: "not allowed for your role"}
	errCSRF         = &kefu.Error{Code: kefu.EFORBIDDEN, Message: "the form expired; reload the page and try again"}
	errNotFound     = kefu.NotFound("page")
)

// wantsJSON is true for the page's own fetches, which read errors as JSON.
func wantsJSON(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "application/json") || r.Header.Get(csrfHeader) != "" && r.Method != http.MethodGet
}

// fail is the one place errors become responses: a sign-in redirect, an
// error page, or JSON for fetches. Foreign errors are logged and shown as
// a generic failure.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := kefu.ErrorCode(err)
	if err == errSignIn || code == kefu.EUNAUTHORIZED && err != errSecondFactor && viewerFrom(r) == nil {
		if wantsJSON(r) || r.URL.Path == "/live" {
			_ = writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "sign in"})
			return
		}
		next := ""
		if r.Method == http.MethodGet && r.URL.Path != "/" {
			next = "?next=" + url.QueryEscape(r.URL.RequestURI())
		}
		http.Redirect(w, r, "/login"+next, http.StatusSeeOther)
		return
	}
	if err == errSecondFactor || err == errEnrol {
		to := "/login/totp"
		if err == errEnrol {
			to = "/account/totp"
		}
		if wantsJSON(r) || r.URL.Path == "/live" {
			_ = writeJSON(w, http.StatusUnauthorized, map[string]string{"error": kefu.ErrorMessage(err)})
			return
		}
		http.Redirect(w, r, to, http.StatusSeeOther)
		return
	}
	status := http.StatusInternalServerError
	switch code {
	case kefu.EINVALID:
		status = http.StatusUnprocessableEntity
	case kefu.ENOTFOUND:
		status = http.StatusNotFound
	case kefu.ECONFLICT:
		status = http.StatusConflict
	case kefu.EUNAUTHORIZED:
		status = http.StatusUnauthorized
	case kefu.EFORBIDDEN:
		status = http.StatusForbidden
	case kefu.ETOOLARGE:
		status = http.StatusRequestEntityTooLarge
	default:
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			status, code = http.StatusRequestEntityTooLarge, kefu.ETOOLARGE
			break
		}
		s.log.ErrorContext(r.Context(), "ui: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	msg := kefu.ErrorMessage(err)
	if wantsJSON(r) {
		_ = writeJSON(w, status, map[string]string{"error": msg, "code": code, "field": kefu.ErrorField(err)})
		return
	}
	v := viewerFrom(r)
	if v == nil {
		v = s.publicViewer(r, nil)
		r = r.WithContext(withViewer(r.Context(), v))
	}
	b := s.base(r, "", "")
	b.Title = b.T("error.title")
	data := struct {
		*base
		Status  int
		Code    string
		Message string
	}{b, status, code, msg}
	if rerr := s.render(w, r, status, "error", data); rerr != nil {
		s.log.ErrorContext(r.Context(), "ui: error page failed", "err", rerr)
		http.Error(w, msg, status)
	}
}

// redirect answers a form post: back to a page, with a flash message that
// survives one request.
func (s *Server) redirect(w http.ResponseWriter, r *http.Request, to, flash string) error {
	if flash != "" {
		http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: url.QueryEscape(flash), Path: "/", MaxAge: 30, HttpOnly: true,
			SameSite: http.SameSiteLaxMode, Secure: s.secure(r)})
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
	return nil
}

const flashCookie = "kefu_flash"

// flashFrom reads the flash message of the previous post; render clears
// it once a page has shown it.
func flashFrom(r *http.Request) string {
	c, err := r.Cookie(flashCookie)
	if err != nil {
		return ""
	}
	msg, err := url.QueryUnescape(c.Value)
	if err != nil || len(msg) > 300 {
		return ""
	}
	return msg
}
