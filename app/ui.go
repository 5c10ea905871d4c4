package app

import (
	"log/slog"
	"net/http"

	"kefu/blob"
	"kefu/storage"
	"kefu/translate"
	"kefu/ui"
)

// newUI builds the agents' web UI over db. hooks is the API handler, for
// the admin page's "send test event", which delivers to the webhook
// endpoints in-process.
func newUI(db *storage.DB, blobs *blob.Store, hooks http.Handler, translation *translate.Service, logger *slog.Logger) *ui.Server {
	return ui.New(ui.Services{
		Tickets:   db,
		Orders:    db,
		Customers: db,
		Stores:    db,
		Users:     db,
		Tokens:    db,
		Disputes:  db,
		Sessions:  db,
		Teams:     db,
		Replies:   db,
		PII:       db,
		Changes:   db,
		Inbox:     db,
		Blobs:     blobs,
		Hooks:     hooks,

		Translate:   translation,
		RuleFirings: db,
		SLA:         db,
	}, ui.Options{Logger: logger})
}

// mount serves the JSON API, the webhooks and the probes from the API
// handler and every other path from the web UI, on one server.
func mount(api, web http.Handler) http.Handler {
	mux := http.NewServeMux()
	for _, prefix := range []string{"/api/", "/hooks/", "/healthz", "/readyz", "/metrics"} {
		mux.Handle(prefix, api)
	}
	mux.Handle("/", web)
	return mux
}
