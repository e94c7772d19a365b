#!/bin/sh
# The entry point of every Liberty image: runs the server (the base image's entry point and command, given as
# arguments) and, on SIGTERM, keeps it serving for DRYFRUITS_STOP_DELAY seconds (8 by default) before passing the
# signal on. Kubernetes removes a terminating pod from its Service's endpoints at the moment it sends SIGTERM, but
# kube-proxy, the ingress controller and the callers' connection pools learn it over the next seconds; a server
# that stopped listening at once would refuse their requests meanwhile. The Open Liberty Operator has no preStop
# hook for the application container, so the pause lives here. Liberty then stops gracefully: it refuses new work,
# finishes the requests in flight and closes its Kafka consumers (within the pod's 30 s grace period).
delay="${DRYFRUITS_STOP_DELAY:-8}"
server=""

stop_after_delay() {
    sleep "$delay"
    [ -n "$server" ] && kill -TERM "$server" 2>/dev/null
}
trap stop_after_delay TERM INT

"$@" &
server=$!
wait "$server"
status=$?
# A trap interrupts `wait`: wait again for the server to finish stopping, and report its own exit status.
while kill -0 "$server" 2>/dev/null; do
    wait "$server"
    status=$?
done
exit "$status"
