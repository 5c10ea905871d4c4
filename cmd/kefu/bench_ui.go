package main

import (
	"bytes"
	"fmt"

	"kefu/app"
	"kefu/bench"
)

func cmdBenchUI(c *cli, args []string) error {
	cmd := newCommand(c, "bench ui", "Time the web UI's inbox and ticket pages (server-side, gzip included) and weigh the inbox page; print a Markdown report (also written to --out).")
	var (
		o          common
		iterations int
		out        string
	)
	cmd.common(&o)
	cmd.positive(&iterations, "iterations", "KEFU_BENCH_ITERATIONS", "200", "renders of each page")
	cmd.str(&out, "out", "KEFU_BENCH_OUT", "", "also write the report to this file")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	r, err := bench.UI(ctx, db, iterations)
	if err != nil {
		return err
	}
	dsn, _ := app.ResolveDSN(o.data, o.db) // checked by open
	var report bytes.Buffer
	bench.ReportUI(&report, db.Dialect(), r, sqliteBytes(dsn))
	if err := writeReport(c, out, report.Bytes()); err != nil {
		return err
	}
	if len(r.External) > 0 {
		return fmt.Errorf("bench ui: the inbox page refers to %d external URLs", len(r.External))
	}
	return nil
}
