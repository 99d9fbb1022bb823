"""A TCP relay between the app and a live Elasticsearch node that can be cut and restored: a real network
outage as the app's client sees it (connections refused, open ones dropped), while the node itself keeps
its data."""
import socket
import threading


class Relay:
    """Listens on 127.0.0.1:<port> and relays each connection to `target` (host, port) until cut."""

    def __init__(self, target):
        self.target = target
        self.port = _free_port()
        self._listener = None
        self._connections = []
        self._lock = threading.Lock()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        listener = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        listener.settimeout(0.2)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def cut(self):
        """Stop listening and drop every open connection."""
        listener, self._listener = self._listener, None
        if listener:
            listener.close()
        with self._lock:
            for conn in self._connections:
                _close(conn)
            self._connections.clear()

    def _accept(self, listener):
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self._lock:
                self._connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(source, sink), daemon=True).start()


def _pipe(source, sink):
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        _close(sink)


def _close(conn):
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    conn.close()


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
