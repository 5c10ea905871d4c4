// Package ui is the agents' web UI: server-rendered pages (html/template,
// embedded assets, a little hand-written JavaScript) over the same domain
// services as the JSON API, with the same permission checks. It owns
// browser sign-in (password, optional TOTP, session cookies, CSRF), the
// inbox, the ticket page, the admin pages and the live updates (SSE).
//
// Handlers return errors; render.go alone turns them into error pages (or
// small JSON answers for the page's own fetches). Every page is sent with
// a strict Content-Security-Policy and no inline script or style, so an
// escaping mistake still cannot run script.
package ui

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"kefu"
	"kefu/blob"
	"kefu/translate"
)

// Inbox is what the pages need from storage beyond the domain services:
// capped counts for the view tabs, a buyer's past tickets, the people a
// ticket can be assigned to, a page's buyers at once and attachment
// lookups. *storage.DB has them.
type Inbox interface {
	CountTickets(ctx context.Context, f kefu.TicketFilter, limit int) (int, error)
	CustomerTickets(ctx context.Context, customerID int64, limit int) ([]*kefu.Ticket, error)
	Assignees(ctx context.Context) ([]*kefu.User, error)
	FindAttachment(ctx context.Context, id int64) (*kefu.Attachment, int64, error)
	FindCustomers(ctx context.Context, ids []int64) (map[int64]*kefu.Customer, error)
}

// Services are what the UI works through; *storage.DB implements all of
// them but Blobs and Hooks.
type Services struct {
	Tickets   kefu.TicketService
	Orders    kefu.OrderService
	Customers kefu.CustomerService
	Stores    kefu.StoreService
	Users     kefu.UserService
	Tokens    kefu.TokenService
	Disputes  kefu.DisputeService
	Sessions  kefu.SessionService
	Teams     kefu.TeamService
	Replies   kefu.ReplyService
	PII       kefu.PIIService
	Changes   kefu.ChangeFeed
	Inbox     Inbox
	Blobs     *blob.Store
	// Hooks receives webhooks (the API handler); the admin page's "send
	// test event" delivers a signed test event to it in-process.
	Hooks http.Handler
	// Translate is machine translation on the ticket page; nil or
	// disabled, the page says it is not configured.
	Translate Translator
	// RuleFirings shows what automation did on a ticket; nil hides it.
	RuleFirings RuleFirings
	// SLA stops a ticket's response clock ("no response needed"); nil
	// hides the button.
	SLA NoResponse
}

// Translator is what the ticket page needs of translate.Service.
type Translator interface {
	Enabled() bool
	Translate(ctx context.Context, text, source, target string) (translate.Translation, bool, error)
}

// RuleFirings lists what rules did on a ticket (kefu.RuleService has it).
type RuleFirings interface {
	ListRuleFirings(ctx context.Context, ticketID int64) ([]*kefu.RuleFiring, error)
}

// NoResponse is the part of kefu.SLAService the ticket page uses.
type NoResponse interface {
	MarkNoResponseNeeded(ctx context.Context, ticketID int64) (*kefu.Ticket, error)
}

// Options tune the UI; the zero value works.
type Options struct {
	Logger *slog.Logger
	// SecureCookies marks cookies Secure even on plain HTTP requests, for
	// deployments behind a TLS proxy that does not set X-Forwarded-Proto.
	// Requests over TLS, or forwarded as https, get Secure cookies anyway.
	SecureCookies bool
	// PollEvery is how often the live feed asks the database for changed
	// tickets; default one second.
	PollEvery time.Duration
	// Now is the clock for pages; default kefu.Now.
	Now func() time.Time
	// CountTTL is how long the inbox reuses a view's count; zero means
	// ten seconds, negative not at all (benchmarks of the cold path).
	CountTTL time.Duration
}

// Server is the web UI. It implements http.Handler through Handler, and
// web.Authenticator through Authenticate, so that the JSON API accepts the
// same browser sessions.
type Server struct {
	svc     Services
	log     *slog.Logger
	opts    Options
	now     func() time.Time
	pages   map[string]*template.Template
	assets  *assets
	i18n    *i18n
	hub     *hub
	counts  *countCache
	limiter *limiter
	mux     *http.ServeMux

	settingsMu sync.Mutex
	settings   kefu.SecuritySettings
	settingsAt time.Time

	handler http.Handler
}

// New builds the UI over svc. It parses the embedded templates and
// catalogs and panics if they are broken: that is a build mistake, caught
// by the package's tests.
func New(svc Services, o Options) *Server {
	s := &Server{svc: svc, log: o.Logger, opts: o, now: o.Now, mux: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = kefu.Now
	}
	if s.opts.PollEvery <= 0 {
		s.opts.PollEvery = time.Second
	}
	s.i18n = mustLoadCatalogs()
	s.assets = mustLoadAssets()
	s.pages = mustParseTemplates()
	s.hub = newHub()
	ttl := o.CountTTL
	if ttl == 0 {
		ttl = countTTL
	}
	s.counts = newCountCache(ttl)
	s.limiter = newLimiter(loginAttempts, loginWindow)
	for _, rt := range s.routes() {
		s.mux.Handle(rt.pattern(), s.adapt(rt))
	}
	s.handler = s.withHeaders(s.withCompression(s.mux))
	return s
}

// Handler returns the UI's root handler, to be mounted at "/".
func (s *Server) Handler() http.Handler { return s.handler }

// Run polls the database for changed tickets and feeds the live updates
// until ctx ends. One poller per process serves every browser connected
// to it; each replica of a PostgreSQL deployment runs its own.
func (s *Server) Run(ctx context.Context) error {
	return s.poll(ctx)
}

// CloseStreams ends every live connection, so that an HTTP server's
// graceful shutdown does not wait for browsers that never hang up. Use it
// with http.Server.RegisterOnShutdown.
func (s *Server) CloseStreams() { s.hub.close() }
