package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"time"

	"kefu"
	"kefu/app"
	"kefu/blob"
	"kefu/ingest"
	"kefu/storage"
	"kefu/stripe"
)

// cmdEventsReplay marks archived events for processing again and
// processes them: effects are rebuilt, nothing is doubled.
func cmdEventsReplay(c *cli, args []string) error {
	cmd := newCommand(c, "events replay", "Process archived events received since a time again (idempotent).")
	var o common
	cmd.common(&o)
	var since time.Duration
	var source string
	cmd.duration(&since, "since", "", "24h", "replay events received within this long")
	cmd.str(&source, "source", "", "", "only events of this source: stripe, email, shopee or generic")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	switch source {
	case "", ingest.SourceStripe, ingest.SourceEmail, ingest.SourceShopee, ingest.SourceGeneric:
	default:
		return usagef("--source %q: want stripe, email, shopee or generic", source)
	}
	return withDB(c, o, func(ctx context.Context, db *storage.DB, blobs *blob.Store) error {
		n, err := db.RequeueEvents(ctx, kefu.Now().Add(-since), source)
		if err != nil {
			return err
		}
		done, err := drain(ctx, db, blobs)
		fmt.Fprintf(c.stdout, "replayed %d events, processed %d\n", n, done)
		return err
	})
}

// cmdStripeBackfill pages through Stripe's Events API and feeds every
// event into the same pipeline as webhooks: missed deliveries are
// recovered, redelivered ones change nothing.
func cmdStripeBackfill(c *cli, args []string) error {
	cmd := newCommand(c, "stripe backfill", "Recover missed Stripe webhooks from the Events API (last 30 days at most).")
	var o common
	cmd.common(&o)
	var slug, apiBase string
	var since time.Duration
	cmd.str(&slug, "store", "", "", "the store's slug (its secret stripe_api_key is used)")
	cmd.duration(&since, "since", "", "720h", "fetch events created within this long")
	cmd.str(&apiBase, "api-base", "KEFU_STRIPE_API_BASE", "", "Stripe API base URL (default Stripe's; e.g. a stripe-mock)")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	if slug == "" {
		return usagef("--store is required")
	}
	return withDB(c, o, func(ctx context.Context, db *storage.DB, blobs *blob.Store) error {
		store, err := db.FindStoreBySlug(ctx, slug)
		if err != nil {
			return err
		}
		key := store.Secrets["stripe_api_key"]
		if key == "" {
			return usagef("store %q has no stripe_api_key secret; set it with: kefu store update --slug %s --secret stripe_api_key=sk_…", slug, slug)
		}
		p := ingest.New(db, app.Handlers(db, blobs), ingest.Options{})
		pctx, stop := context.WithCancel(ctx)
		ran := make(chan struct{})
		go func() { defer close(ran); _ = p.Run(pctx) }()
		fetched, added, inline := 0, 0, 0
		err = stripe.NewClient(key, apiBase, nil).Events(ctx, kefu.Now().Add(-since), stripe.EventTypes(), func(raw []byte, id string) error {
			var head struct {
				Type string `json:"type"`
			}
			_ = json.Unmarshal(raw, &head)
			ev := &ingest.Event{Source: ingest.SourceStripe, StoreID: store.ID, ExternalID: id, Type: head.Type,
				Verification: "stripe-api:events", Payload: raw}
			dup, err := p.Accept(ctx, ev)
			fetched++
			if !dup {
				added++
			}
			if err == nil && !dup && ev.Status == ingest.StatusProcessed {
				inline++ // processed as it was archived
			}
			return err
		})
		stop()
		<-ran
		if err != nil {
			return err
		}
		done, err := drain(ctx, db, blobs)
		fmt.Fprintf(c.stdout, "fetched %d events, %d new, processed %d\n", fetched, added, inline+done)
		return err
	})
}

// drain processes due events until none are left.
func drain(ctx context.Context, db *storage.DB, blobs *blob.Store) (int, error) {
	p := ingest.New(db, app.Handlers(db, blobs), ingest.Options{})
	total := 0
	for {
		n, err := p.ProcessDue(ctx)
		total += n
		if err != nil || n == 0 {
			return total, err
		}
	}
}

// withDB runs fn with the database (c.open) and the attachment store
// named by o, closing the database afterwards.
func withDB(c *cli, o common, fn func(ctx context.Context, db *storage.DB, blobs *blob.Store) error) error {
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	cfg, err := o.config(c.getenv)
	if err != nil {
		return err
	}
	blobs, err := blob.Open(filepath.Join(cfg.DataDir, "blobs"))
	if err != nil {
		return err
	}
	return fn(ctx, db, blobs)
}
