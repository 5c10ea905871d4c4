package app

import (
	"database/sql"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"kefu/storage"
)

// newRegistry returns the registry /metrics serves: Go runtime and
// process metrics plus the database pools.
func newRegistry(db *storage.DB) *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		newDBStatsCollector(db),
	)
	return reg
}

// dbStatsCollector reports database/sql pool statistics at scrape time.
// SQLite has a one-connection "write" pool beside a "read" pool; a
// PostgreSQL database has one pool, reported once as "main".
type dbStatsCollector struct {
	db                      *storage.DB
	open, inUse, idle       *prometheus.Desc
	waitCount, waitDuration *prometheus.Desc
}

func newDBStatsCollector(db *storage.DB) *dbStatsCollector {
	pool := []string{"pool"}
	return &dbStatsCollector{
		db:           db,
		open:         prometheus.NewDesc("kefu_db_open_connections", "Open database connections.", pool, nil),
		inUse:        prometheus.NewDesc("kefu_db_in_use", "Database connections in use.", pool, nil),
		idle:         prometheus.NewDesc("kefu_db_idle", "Idle database connections.", pool, nil),
		waitCount:    prometheus.NewDesc("kefu_db_wait_count_total", "Times a query waited for a free connection.", pool, nil),
		waitDuration: prometheus.NewDesc("kefu_db_wait_duration_seconds_total", "Time spent waiting for a free connection.", pool, nil),
	}
}

func (c *dbStatsCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.open, c.inUse, c.idle, c.waitCount, c.waitDuration} {
		ch <- d
	}
}

func (c *dbStatsCollector) Collect(ch chan<- prometheus.Metric) {
	write, read := c.db.Stats()
	if c.db.Dialect() == "postgres" {
		c.collect(ch, "main", write)
		return
	}
	c.collect(ch, "write", write)
	c.collect(ch, "read", read)
}

func (c *dbStatsCollector) collect(ch chan<- prometheus.Metric, pool string, s sql.DBStats) {
	ch <- prometheus.MustNewConstMetric(c.open, prometheus.GaugeValue, float64(s.OpenConnections), pool)
	ch <- prometheus.MustNewConstMetric(c.inUse, prometheus.GaugeValue, float64(s.InUse), pool)
	ch <- prometheus.MustNewConstMetric(c.idle, prometheus.GaugeValue, float64(s.Idle), pool)
	ch <- prometheus.MustNewConstMetric(c.waitCount, prometheus.CounterValue, float64(s.WaitCount), pool)
	ch <- prometheus.MustNewConstMetric(c.waitDuration, prometheus.CounterValue, s.WaitDuration.Seconds(), pool)
}
