// Package web is kefu's JSON HTTP API: the routes under /api/v1, health
// and readiness probes, Prometheus metrics and the OpenAPI document.
// Handlers return errors; problem.go alone turns them into RFC 9457
// problem+json responses.
package web

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"kefu"
	"kefu/blob"
	"kefu/ingest"
	"kefu/translate"
)

// Services are what the API serves; storage.DB implements all the
// domain interfaces.
type Services struct {
	Tickets   kefu.TicketService
	Orders    kefu.OrderService
	Customers kefu.CustomerService
	Stores    kefu.StoreService
	Users     kefu.UserService
	Tokens    kefu.TokenService
	Audit     kefu.AuditService
	Blobs     *blob.Store
	Ready     func(ctx context.Context) error // /readyz: database reachable
	// Ingest archives webhook deliveries; nil refuses them with 503.
	Ingest ingest.Acceptor
	// Events lists the archive (GET /api/v1/events).
	Events ingest.EventLister
	// Translate is machine translation; nil or without a provider, the
	// translation endpoints answer 409 translation_off.
	Translate *translate.Service
	// MessageTickets finds a message's ticket for GET /messages/{id}/translation.
	MessageTickets MessageTickets
	// Alerts keeps alert channels and lists deliveries; AlertTest sends a
	// channel's test alert (alerts.go). Nil answers 404.
	Alerts    kefu.AlertService
	AlertTest AlertTester
	// SLA keeps SLA policies, business calendars, incidents and refund
	// freezes (sla.go); nil answers 503.
	SLA kefu.SLAService
	// Rules, AutoReplies and RuleDryRun serve automation rules, auto-reply
	// templates and dry runs (rules.go); nil answers 503.
	Rules       kefu.RuleService
	AutoReplies kefu.AutoReplyService
	RuleDryRun  RuleDryRunner
}

// Options tune the server; the zero value works.
type Options struct {
	Logger       *slog.Logger
	Registry     *prometheus.Registry // metrics registered here; served at /metrics
	MaxBodyBytes int64                // default 1 MiB for JSON; imports get 64 MiB
	// IngestMetrics counts rejected webhook deliveries by reason.
	IngestMetrics *ingest.Metrics
	// StripeTolerance is how old a Stripe signature may be (default 300 s).
	StripeTolerance time.Duration

	// Session authenticates browser requests by their session cookie once
	// the UI exists. It is consulted only when a request carries no
	// Authorization header; nil means bearer tokens are the only way in.
	Session Authenticator
}

// Body limits that differ from Options.MaxBodyBytes.
const (
	defaultMaxBody  = 1 << 20
	messageMaxBody  = 40 << 20 // a message with inline base64 attachments
	importMaxBody   = 64 << 20 // a bulk order import
	attachmentLimit = 10 << 20 // one attachment, decoded
)

// Server is the HTTP API.
type Server struct {
	svc     Services
	log     *slog.Logger
	maxBody int64
	session Authenticator
	metrics *metrics
	mux     *http.ServeMux
	handler http.Handler

	ingestMetrics   *ingest.Metrics
	stripeTolerance time.Duration
}

// NewServer builds the API over s.
func NewServer(s Services, o Options) *Server {
	srv := &Server{
		svc:     s,
		log:     o.Logger,
		maxBody: o.MaxBodyBytes,
		session: o.Session,
		mux:     http.NewServeMux(),

		ingestMetrics:   o.IngestMetrics,
		stripeTolerance: o.StripeTolerance,
	}
	if srv.log == nil {
		srv.log = slog.New(slog.DiscardHandler)
	}
	if srv.maxBody <= 0 {
		srv.maxBody = defaultMaxBody
	}
	reg := o.Registry
	if reg == nil {
		reg = prometheus.NewRegistry() // metrics still counted, just not shared
	}
	srv.metrics = newMetrics(reg)
	for _, rt := range srv.routes() {
		srv.mux.Handle(rt.pattern(), srv.adapt(rt))
	}
	srv.handler = srv.withRequestID(srv.withSecurityHeaders(srv.withObservation(http.HandlerFunc(srv.serveMux))))
	return srv
}

// Handler returns the root handler with every middleware applied.
func (s *Server) Handler() http.Handler { return s.handler }
