-- One warning's tracking (GET /api/v1/warnings/:id: its recipients, acknowledgements, answers
-- and history) is served from the node-level response cache like the regulator views (0015):
-- a change of its recipients or its history retires the cached answers. `warnings` itself
-- notifies since 0015. Overdue flags depend on the time too: the route caches for 60 s at most.
CREATE TRIGGER warning_recipients_notify_node AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON warning_recipients FOR EACH STATEMENT EXECUTE FUNCTION notify_node_changed();
CREATE TRIGGER warning_events_notify_node AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON warning_events FOR EACH STATEMENT EXECUTE FUNCTION notify_node_changed();
