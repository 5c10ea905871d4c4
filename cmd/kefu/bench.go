package main

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"kefu/app"
	"kefu/bench"
	"kefu/storage"
)

func cmdBenchSeed(c *cli, args []string) error {
	cmd := newCommand(c, "bench seed", "Add generated stores, orders and tickets for benchmarks. Use a separate --data directory.")
	var (
		o common
		n int
	)
	cmd.common(&o)
	cmd.positive(&n, "tickets", "KEFU_BENCH_TICKETS", "10000", "how many tickets to generate")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	start, last := time.Now(), time.Now()
	err = bench.Seed(ctx, db, n, func(done int) {
		if done == n || time.Since(last) >= time.Second {
			last = time.Now()
			fmt.Fprintf(c.stderr, "seeded %d/%d tickets\n", done, n)
		}
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "seeded %d tickets in %s\n", n, time.Since(start).Round(time.Millisecond))
	return nil
}

func cmdBenchRun(c *cli, args []string) error {
	cmd := newCommand(c, "bench run", "Time the inbox queries and print a Markdown report (also written to --out).")
	var (
		o          common
		iterations int
		out        string
	)
	cmd.common(&o)
	cmd.positive(&iterations, "iterations", "KEFU_BENCH_ITERATIONS", "200", "runs of each query")
	cmd.str(&out, "out", "KEFU_BENCH_OUT", "", "also write the report to this file")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	results, err := bench.Run(ctx, db, iterations)
	if err != nil {
		return err
	}
	dsn, _ := app.ResolveDSN(o.data, o.db) // checked by open
	var report bytes.Buffer
	bench.Report(&report, db.Dialect(), results, sqliteBytes(dsn))
	return writeReport(c, out, report.Bytes())
}

// writeReport prints a benchmark report and, when out is set, also
// writes it to that file.
func writeReport(c *cli, out string, report []byte) error {
	if out != "" {
		if err := os.WriteFile(out, report, 0o644); err != nil {
			return err
		}
	}
	_, err := c.stdout.Write(report)
	return err
}

// sqliteBytes is the size of an SQLite database with its write-ahead log,
// or 0 for PostgreSQL, whose size the report leaves out.
func sqliteBytes(dsn string) int64 {
	if storage.IsPostgres(dsn) {
		return 0
	}
	var n int64
	for _, p := range []string{dsn, dsn + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}
