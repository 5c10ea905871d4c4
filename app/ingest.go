package app

import (
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"

	"kefu/ingest"
	"kefu/storage"
)

// newPipeline builds the ingest pipeline over db with a handler per
// source. The same pipeline serves webhooks, mail polling, Stripe
// backfills and replays.
func newPipeline(db *storage.DB, reg prometheus.Registerer, logger *slog.Logger) (*ingest.Pipeline, *ingest.Metrics) {
	metrics := ingest.NewMetrics(reg)
	return ingest.New(db, Handlers(db), ingest.Options{Logger: logger, Metrics: metrics}), metrics
}

// Handlers are the source handlers over db.
func Handlers(db *storage.DB) map[string]ingest.Handler {
	return map[string]ingest.Handler{
		ingest.SourceStripe:  ingest.StripeHandler{Domain: db},
		ingest.SourceEmail:   ingest.EmailHandler{Domain: db},
		ingest.SourceShopee:  ingest.ShopeeHandler{Domain: db},
		ingest.SourceGeneric: ingest.GenericHandler{Domain: db},
	}
}
