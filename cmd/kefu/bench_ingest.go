package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"runtime/pprof"
	"strconv"
	"time"

	"kefu"
	"kefu/app"
	"kefu/bench"
	"kefu/storage"
)

// benchStore is the Stripe store `kefu bench ingest` sends to.
const (
	benchStore       = "bench-stripe"
	benchStoreSecret = "whsec_bench_kefu_ingest_not_a_real_secret"
)

func cmdBenchIngest(c *cli, args []string) error {
	cmd := newCommand(c, "bench ingest", "Run kefu in process and send it signed Stripe dispute webhooks over loopback: "+
		"acknowledged (durable) events/s, acknowledgement latency and tickets created/s, as a Markdown report. "+
		"Without --data a fresh temporary directory is used.")
	var (
		o                   common
		events, conc, rate  int
		duration            time.Duration
		out, cpuProfilePath string
	)
	cmd.common(&o)
	cmd.whole(&events, "events", "KEFU_BENCH_EVENTS", "30000", "events sent in the closed-loop phase (maximum throughput); 0 skips it")
	cmd.positive(&conc, "concurrency", "KEFU_BENCH_CONCURRENCY", "64", "senders in the closed-loop phase, each waiting for its answer")
	cmd.whole(&rate, "rate", "KEFU_BENCH_RATE", "1000", "events/s offered in the open-loop phase; 0 skips it")
	cmd.duration(&duration, "duration", "KEFU_BENCH_DURATION", "10s", "length of the open-loop phase")
	cmd.str(&out, "out", "KEFU_BENCH_OUT", "", "also write the report to this file")
	cmd.str(&cpuProfilePath, "cpuprofile", "", "", "write a CPU profile of the whole run (kefu and senders) to this file, for go tool pprof")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	openLoop := rate * int(duration/time.Millisecond) / 1000
	if events == 0 && openLoop == 0 {
		return usagef("bench ingest: nothing to do: --events and --rate (or --duration) are both 0")
	}
	if !cmd.given("data") {
		dir, err := os.MkdirTemp("", "kefu-bench-ingest-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		o.data = dir
	}
	cfg, err := o.config(c.getenv)
	if err != nil {
		return err
	}
	cfg.Addr = "127.0.0.1:0"
	dsn, _ := app.ResolveDSN(o.data, o.db) // checked by config

	a := app.New(cfg, o.logger(c.stderr))
	defer a.Close()
	if err := a.Open(c.ctx); err != nil {
		return err
	}
	if err := a.Listen(); err != nil {
		return err
	}
	ctx, stop := context.WithCancel(c.ctx)
	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }()
	defer func() {
		stop()
		if err := <-ran; err != nil {
			fmt.Fprintf(c.stderr, "kefu: bench ingest: stopping kefu: %v\n", err)
		}
	}()
	if err := waitReady(ctx, a.URL()); err != nil {
		return err
	}
	store, err := benchStripeStore(ctx, a.DB())
	if err != nil {
		return err
	}
	counter, err := bench.OpenCounter(dsn, store.ID)
	if err != nil {
		return fmt.Errorf("bench ingest: counting tickets: %w", err)
	}
	defer counter.Close()

	if cpuProfilePath != "" {
		f, err := os.Create(cpuProfilePath)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}

	type phase struct {
		title string
		opt   bench.IngestOptions
	}
	base := bench.IngestOptions{URL: a.URL(), StoreSlug: store.Slug, Secret: store.Secrets[webhookSecret], Concurrency: conc,
		WaitProcessed: counter.Tickets, WaitAutomated: counter.PendingJobs}
	var phases []phase
	if events > 0 {
		p := phase{fmt.Sprintf("Maximum throughput: %d events, %d concurrent senders", events, conc), base}
		p.opt.Events = events
		phases = append(phases, p)
	}
	if openLoop > 0 {
		p := phase{fmt.Sprintf("Steady load: %d events/s for %s", rate, duration), base}
		p.opt.Events, p.opt.Rate = openLoop, rate
		phases = append(phases, p)
	}
	var (
		results []*bench.IngestResult
		failed  int
	)
	for _, p := range phases {
		fmt.Fprintf(c.stderr, "bench ingest: %s …\n", p.title)
		r, err := bench.Ingest(ctx, p.opt)
		if r != nil {
			results = append(results, r)
			failed += r.Errors
		}
		if err != nil {
			return fmt.Errorf("bench ingest: %s: %w", p.title, err)
		}
		fmt.Fprintf(c.stderr, "bench ingest: %d acknowledged, %.0f/s, p99 %s, %d errors\n", r.OK, r.Throughput, r.P99, r.Errors)
	}

	var report bytes.Buffer
	bench.IngestSetup(&report, a.DB().Dialect(), sqliteBytes(dsn))
	for i, r := range results {
		r.Markdown(&report, phases[i].title)
	}
	if err := writeReport(c, out, report.Bytes()); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("bench ingest: %d webhooks were not acknowledged (see the report)", failed)
	}
	return nil
}

// whole is a flag for a whole number, 0 or more.
func (c *command) whole(p *int, name, env, def, usage string) *setting {
	return c.add(&setting{name: name, env: env, want: "a whole number, 0 or more", apply: func(v string) error {
		n, err := strconv.Atoi(v)
		if err == nil && n < 0 {
			err = errors.New("negative")
		}
		*p = n
		return err
	}}, def, usage)
}

// benchStripeStore returns the benchmark's Stripe store, adding it when
// missing; an existing one keeps its secret.
func benchStripeStore(ctx context.Context, db *storage.DB) (*kefu.Store, error) {
	sys := kefu.SystemContext(ctx, "bench")
	s, err := db.FindStoreBySlug(sys, benchStore)
	if err == nil {
		if s.Platform != "stripe" || s.Secrets[webhookSecret] == "" {
			return nil, fmt.Errorf("bench ingest: store %q exists but is not a Stripe store with a %s", benchStore, webhookSecret)
		}
		return s, nil
	}
	if kefu.ErrorCode(err) != kefu.ENOTFOUND {
		return nil, err
	}
	s = &kefu.Store{Slug: benchStore, Platform: "stripe", Name: "Bench Stripe", Timezone: "UTC", Currency: "USD",
		Secrets: kefu.Secrets{webhookSecret: benchStoreSecret}}
	if err := db.CreateStore(sys, s); err != nil {
		return nil, err
	}
	return s, nil
}

// waitReady polls GET /readyz until kefu answers 200.
func waitReady(ctx context.Context, url string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url+"/readyz", nil)
		if err != nil {
			return err
		}
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("kefu at %s was not ready within 30s", url)
		}
		select {
		case <-time.After(20 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
