package app

import (
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"

	"kefu/blob"
	"kefu/ingest"
	"kefu/storage"
)

// newPipeline builds the ingest pipeline over db with a handler per
// source. The same pipeline serves webhooks, mail polling, Stripe
// backfills and replays.
func newPipeline(db *storage.DB, blobs *blob.Store, reg prometheus.Registerer, logger *slog.Logger) (*ingest.Pipeline, *ingest.Metrics) {
	metrics := ingest.NewMetrics(reg)
	opt := ingest.Options{Logger: logger, Metrics: metrics}
	if db.Dialect() == "postgres" {
		// PostgreSQL takes concurrent writers, and one loop spends most of
		// its time waiting on round trips: four kept tickets within a
		// second of 1,000 events/s where one fell 4,600 behind in 10 s.
		opt.Processors = 4
	}
	return ingest.New(db, Handlers(db, blobs), opt), metrics
}

// Handlers are the source handlers over db; mail attachments go to blobs.
func Handlers(db *storage.DB, blobs *blob.Store) map[string]ingest.Handler {
	return map[string]ingest.Handler{
		ingest.SourceStripe:  ingest.StripeHandler{Domain: db},
		ingest.SourceEmail:   ingest.EmailHandler{Domain: db, Blobs: blobs},
		ingest.SourceShopee:  ingest.ShopeeHandler{Domain: db},
		ingest.SourceGeneric: ingest.GenericHandler{Domain: db},
	}
}
