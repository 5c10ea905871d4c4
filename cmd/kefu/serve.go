package main

import (
	"fmt"

	"kefu"
	"kefu/app"
	"kefu/storage"
)

func cmdServe(c *cli, args []string) error {
	cmd := newCommand(c, "serve", "Start the web server and serve until SIGINT or SIGTERM; in-flight requests finish first.")
	var (
		o    common
		cfg  app.Config
		addr string
	)
	cmd.common(&o)
	cmd.add(&setting{name: "addr", env: "KEFU_ADDR", want: "host:port such as 127.0.0.1:8080", apply: func(v string) error {
		addr = v
		return checkAddr(v)
	}}, app.DefaultAddr, "listen address host:port; use 0.0.0.0:8080 to listen on every interface")
	cmd.boolean(&cfg.Demo, "demo", "KEFU_DEMO", "load demo stores, users and tickets and print the demo login")
	cmd.duration(&cfg.ShutdownTimeout, "shutdown-timeout", "KEFU_SHUTDOWN_TIMEOUT", app.DefaultShutdownTimeout.String(), "how long to wait for in-flight requests on shutdown")
	translateSettings(cmd, &cfg.Translate)
	alertSettings(cmd, &cfg)
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	if err := translateKeys(c, &cfg.Translate); err != nil {
		return err
	}
	base, err := o.config(c.getenv)
	if err != nil {
		return err
	}
	cfg.DataDir, cfg.DB, cfg.SecretKey, cfg.LogLevel, cfg.Addr = base.DataDir, base.DB, base.SecretKey, base.LogLevel, addr

	logger := o.logger(c.stderr)
	if storage.IsPostgres(cfg.DB) && c.getenv("KEFU_SECRET_KEY") == "" {
		logger.Warn("PostgreSQL with the secret key of this data directory: set KEFU_SECRET_KEY to the same value on every replica")
	}
	a := app.New(cfg, logger)
	defer a.Close()
	if err := a.Open(c.ctx); err != nil {
		return err
	}
	if err := a.Listen(); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "kefu listening on %s\n", a.URL())
	if d := a.Demo(); d.AdminEmail != "" {
		fmt.Fprintf(c.stdout, "demo login: %s / %s\n", d.AdminEmail, d.AdminPassword)
	}
	return a.Run(c.ctx)
}

func cmdMigrate(c *cli, args []string) error {
	cmd := newCommand(c, "migrate", "Apply the database migrations that have not run yet and print the schema version.")
	var o common
	cmd.common(&o)
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	cfg, err := o.config(c.getenv)
	if err != nil {
		return err
	}
	db, err := app.OpenDB(c.ctx, cfg) // migrates
	if err != nil {
		return err
	}
	defer db.Close()
	v, err := db.SchemaVersion(kefu.SystemContext(c.ctx, "cli"))
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "schema version %d (%s)\n", v, db.Dialect())
	return nil
}
