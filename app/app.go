package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"kefu"
	"kefu/automation"
	"kefu/blob"
	"kefu/compliance"
	"kefu/demo"
	"kefu/ingest"
	"kefu/notify"
	"kefu/sla"
	"kefu/storage"
	"kefu/translate"
	"kefu/ui"
	"kefu/web"
)

// App is one running kefu: the database, the attachment store, metrics
// and the HTTP server. Use New, Open, then Run; Close when Run returns.
type App struct {
	cfg    Config
	logger *slog.Logger

	db       *storage.DB
	blobs    *blob.Store
	registry *prometheus.Registry
	server   *http.Server
	demo     demo.Result
	pipeline *ingest.Pipeline
	ui       *ui.Server
	// translation is machine translation, off without a provider; the
	// API serves it and the UI shows it.
	translation *translate.Service
	alerts      *notify.Dispatcher // sends alert deliveries and the daily digest
	sla         *sla.Engine        // SLA clocks and escalation timers
	automation  *automation.Worker // classification, SLA hook and rules after ticket events
	classifier  *classifier        // intent and language, with the sellers' corrections

	mu       sync.Mutex
	listener net.Listener
	url      string
}

// New returns an App for cfg. It does no I/O; Open does. A nil logger
// means text logs on stderr at cfg.LogLevel.
func New(cfg Config, logger *slog.Logger) *App {
	cfg = cfg.withDefaults()
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	}
	return &App{cfg: cfg, logger: logger}
}

// Open prepares everything Run needs: the data directory, the migrated
// database, the attachment store, the metrics registry and the web
// server, and loads the demo data when cfg.Demo is set.
func (a *App) Open(ctx context.Context) error {
	db, err := OpenDB(ctx, a.cfg)
	if err != nil {
		return err
	}
	a.db = db
	if a.blobs, err = blob.Open(filepath.Join(a.cfg.DataDir, "blobs")); err != nil {
		return fmt.Errorf("attachments: %w", err)
	}
	if a.cfg.Demo {
		sys := kefu.SystemContext(ctx, "demo")
		a.demo, err = demo.Load(sys, demo.Services{Stores: db, Users: db, Orders: db, Tickets: db}, kefu.Now())
		if err != nil {
			return fmt.Errorf("demo data: %w", err)
		}
		a.logger.Info("demo data ready", "created", a.demo.Created, "login", a.demo.AdminEmail)
	}
	a.registry = newRegistry(db)
	var ingestMetrics *ingest.Metrics
	a.pipeline, ingestMetrics = newPipeline(db, a.blobs, a.registry, a.logger)
	if a.translation, err = newTranslation(a.cfg.Translate, db, a.logger); err != nil {
		return err
	}
	if a.alerts, err = a.newAlerts(); err != nil {
		return err
	}
	if a.sla, err = a.newSLA(ctx); err != nil {
		return err
	}
	if a.classifier, err = a.newClassifier(ctx); err != nil {
		return err
	}
	rulesEngine, worker := a.newAutomation()
	a.automation = worker
	var api http.Handler // the UI's test events go to the API's webhooks
	a.ui = newUI(db, a.blobs, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { api.ServeHTTP(w, r) }), a.translation, a.logger)
	srv := web.NewServer(web.Services{
		Tickets:   db,
		Orders:    db,
		Customers: db,
		Stores:    db,
		Users:     db,
		Tokens:    db,
		Audit:     db,
		Blobs:     a.blobs,
		Ready:     db.Ping,
		Ingest:    a.pipeline,
		Events:    db,

		Translate:      a.translation,
		MessageTickets: db,
		Alerts:         db,
		AlertTest:      a.alerts,
		SLA:            db,
		Rules:          db,
		AutoReplies:    db,
		RuleDryRun:     rulesEngine,
	}, web.Options{
		Logger:        a.logger,
		Registry:      a.registry,
		MaxBodyBytes:  a.cfg.MaxBodyBytes,
		IngestMetrics: ingestMetrics,
		Session:       a.ui,
	})
	api = srv.Handler()
	a.server = &http.Server{
		Handler:           mount(api, a.ui.Handler()),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(a.logger.Handler(), slog.LevelWarn),
	}
	a.server.RegisterOnShutdown(a.ui.CloseStreams) // live streams never end by themselves
	return nil
}

// OpenDB opens and migrates the database cfg names, creating the data
// directory and the secret key file when needed. The App and every CLI
// command open the database through it, so they agree on DSN and key.
func OpenDB(ctx context.Context, cfg Config) (*storage.DB, error) {
	cfg = cfg.withDefaults()
	if err := os.MkdirAll(cfg.DataDir, 0o750); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	dsn, err := ResolveDSN(cfg.DataDir, cfg.DB)
	if err != nil {
		return nil, err
	}
	key := cfg.SecretKey
	if key == nil {
		if key, err = LoadSecretKey(cfg.DataDir, ""); err != nil {
			return nil, err
		}
	}
	db, err := storage.Open(ctx, storage.Config{DSN: dsn, SecretKey: key})
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Listen binds cfg.Addr, so URL is known before Run serves. Run calls it
// when it has not been called.
func (a *App) Listen() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.listener != nil {
		return nil
	}
	ln, err := net.Listen("tcp", a.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	a.listener = ln
	a.url = "http://" + displayAddr(ln.Addr().(*net.TCPAddr))
	return nil
}

// displayAddr names a bound address so a browser can open it: an
// unspecified host (":8080", "0.0.0.0:8080") becomes localhost.
func displayAddr(addr *net.TCPAddr) string {
	host := addr.IP.String()
	if addr.IP == nil || addr.IP.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, strconv.Itoa(addr.Port))
}

// URL is the server's base URL, e.g. http://127.0.0.1:8080, or "" before
// Listen.
func (a *App) URL() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.url
}

// Run serves HTTP until ctx is cancelled, then shuts down gracefully:
// it stops accepting connections and waits up to cfg.ShutdownTimeout for
// in-flight requests. It returns nil after a clean shutdown.
func (a *App) Run(ctx context.Context) error {
	if a.server == nil {
		return errors.New("app: Run before Open")
	}
	if err := a.Listen(); err != nil {
		return err
	}
	a.mu.Lock()
	ln := a.listener
	a.mu.Unlock()

	a.logger.Info("listening", "url", a.URL(), "db", a.db.Dialect())
	go compliance.Warm() // the composer's first check need not train the model
	if a.alerts.BaseURL == "" {
		a.alerts.BaseURL = a.URL() // alerts link to kefu; set before any request can test a channel
	}
	served := make(chan error, 1)
	go func() { served <- a.server.Serve(ln) }()
	maintained := make(chan struct{})
	mctx, stopMaintenance := context.WithCancel(ctx)
	// Background loops write after webhooks and agents (storage/writerqueue.go).
	bg := kefu.Background(mctx)
	go func() { defer close(maintained); a.maintain(bg) }()
	defer func() { stopMaintenance(); <-maintained }()
	// The pipeline outlives the HTTP server's shutdown: webhooks still in
	// flight are answered only once their events are committed.
	ingested := make(chan struct{})
	pctx, stopIngest := context.WithCancel(context.WithoutCancel(ctx))
	go func() { defer close(ingested); _ = a.pipeline.Run(pctx) }()
	defer func() { stopIngest(); <-ingested }()
	polled := make(chan struct{})
	go func() { defer close(polled); a.pollMailboxes(mctx) }()
	defer func() { stopMaintenance(); <-polled }()
	sending := make(chan struct{})
	go func() { defer close(sending); a.runOutbox(bg) }()
	defer func() { stopMaintenance(); <-sending }()
	timing := make(chan struct{})
	go func() { defer close(timing); _ = a.sla.Run(bg) }()
	defer func() { stopMaintenance(); <-timing }()
	automating := make(chan struct{})
	go func() { defer close(automating); a.runAutomation(bg) }()
	defer func() { stopMaintenance(); <-automating }()
	alerting := make(chan struct{})
	go func() { defer close(alerting); a.runAlerts(bg) }()
	defer func() { stopMaintenance(); <-alerting }()
	learning := make(chan struct{})
	go func() { defer close(learning); a.followCorrections(bg) }()
	defer func() { stopMaintenance(); <-learning }()
	live := make(chan struct{})
	go func() { defer close(live); _ = a.ui.Run(mctx) }()
	defer func() { stopMaintenance(); <-live }()
	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}

	a.logger.Info("shutting down", "timeout", a.cfg.ShutdownTimeout)
	// Requests run on the server's own base context, not ctx, so the
	// signal that stops kefu does not cancel work already accepted.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.cfg.ShutdownTimeout)
	defer cancel()
	err := a.server.Shutdown(sctx)
	<-served // http.ErrServerClosed once Shutdown has begun
	if err != nil {
		a.server.Close()
		return fmt.Errorf("shutdown: requests still running after %s: %w", a.cfg.ShutdownTimeout, err)
	}
	a.logger.Info("stopped")
	return nil
}

// optimizeEvery is how often the planner's statistics are refreshed; the
// inbox grows by thousands of tickets a day and index choices follow it.
const optimizeEvery = 6 * time.Hour

// maintain refreshes database statistics at start and then periodically
// until ctx ends. Failures are logged: a stale plan is slow, not wrong.
func (a *App) maintain(ctx context.Context) {
	t := time.NewTicker(optimizeEvery)
	defer t.Stop()
	for {
		if err := a.db.Optimize(ctx); err != nil && ctx.Err() == nil {
			a.logger.Warn("database optimize failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Demo returns what the demo loader reported; AdminEmail is empty unless
// cfg.Demo was set.
func (a *App) Demo() demo.Result { return a.demo }

// DB returns the open database, or nil before Open.
func (a *App) DB() *storage.DB { return a.db }

// Close releases the listener and the database: after Run returns, or
// after Open failed part-way.
func (a *App) Close() error {
	a.mu.Lock()
	ln := a.listener
	a.listener = nil
	a.mu.Unlock()
	if a.server != nil {
		a.server.Close()
	}
	if ln != nil {
		ln.Close() // after Listen without Run; already closed otherwise
	}
	if a.db != nil {
		err := a.db.Close()
		a.db = nil
		return err
	}
	return nil
}
