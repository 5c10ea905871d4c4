package main

import (
	"errors"
	"strconv"

	"kefu/app"
	"kefu/notify"
)

// alertSettings adds the alert flags to serve: where alert links point
// and when the daily digest goes out.
func alertSettings(cmd *command, cfg *app.Config) {
	cmd.add(&setting{name: "public-url", env: "KEFU_PUBLIC_URL", want: "kefu's address as users reach it, such as https://kefu.example.com", apply: func(v string) error {
		cfg.PublicURL = v
		return app.CheckPublicURL(v)
	}}, "", "kefu's address as its users reach it, for links in alerts; empty means the listen address")
	cmd.add(&setting{name: "digest-hour", env: "KEFU_DIGEST_HOUR", want: "an hour from 0 to 23", apply: func(v string) error {
		h, err := strconv.Atoi(v)
		if err == nil && (h < 0 || h > 23) {
			err = errors.New("out of range")
		}
		cfg.DigestHour = h
		return err
	}}, strconv.Itoa(notify.DefaultDigestHour), "local hour at which the daily alert digest goes out")
	cmd.add(&setting{name: "digest-tz", env: "KEFU_DIGEST_TZ", want: "an IANA time zone such as Asia/Shanghai or America/New_York", apply: func(v string) error {
		cfg.DigestTZ = v
		_, err := app.DigestSchedule(0, v)
		return err
	}}, notify.DefaultDigestTZ, "time zone of --digest-hour")
}
