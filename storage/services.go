package storage

import "kefu"

// DB implements every domain service.
var (
	_ kefu.StoreService    = (*DB)(nil)
	_ kefu.CustomerService = (*DB)(nil)
	_ kefu.OrderService    = (*DB)(nil)
	_ kefu.TicketService   = (*DB)(nil)
	_ kefu.UserService     = (*DB)(nil)
	_ kefu.TokenService    = (*DB)(nil)
	_ kefu.AuditService    = (*DB)(nil)
	_ kefu.DisputeService  = (*DB)(nil)
	_ kefu.SessionService  = (*DB)(nil)
	_ kefu.TeamService     = (*DB)(nil)
	_ kefu.ReplyService    = (*DB)(nil)
	_ kefu.PIIService      = (*DB)(nil)
	_ kefu.ChangeFeed      = (*DB)(nil)
)
