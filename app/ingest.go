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
	return ingest.New(db, Handlers(db, blobs), ingest.Options{Logger: logger, Metrics: metrics}), metrics
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
