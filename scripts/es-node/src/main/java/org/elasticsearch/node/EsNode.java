package org.elasticsearch.node;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsService;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One real Elasticsearch node in this JVM, built from the server and transport-netty4 jars of Maven Central
 * (the distribution tarball, with its modules/ folder and launcher, is not available). Settings come as
 * arguments {@code key=value}, like the {@code -E} options of bin/elasticsearch; path.home is required.
 * It lives in org.elasticsearch.node because Node(NodeConstruction) and NodeServiceProvider are package-private.
 */
public final class EsNode {

    /** Plugins loaded from the class path: HTTP/transport (no other module is published), GET /, some analysis. */
    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,
        RootEndpointPlugin.class,
        PreconfiguredAnalysisPlugin.class
    );

    private EsNode() {}

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            start(args, closed);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1); // runs the shutdown hook, if the node got that far
        }
        // All of the node's threads are daemon threads (as in the real launcher, whose keep-alive thread this is):
        // wait here until the shutdown hook has closed the node.
        closed.await();
    }

    private static void start(String[] args, CountDownLatch closed) throws Exception {
        Settings.Builder builder = Settings.builder();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got [" + arg + "]");
            }
            builder.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings settings = builder.build();

        // No log4j2.properties: log everything to stdout (the launcher redirects it to a file).
        LogConfigurator.configureWithoutConfig(settings);
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(settings));

        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "es-node");
        Node node = new Node(NodeConstruction.prepareConstruction(environment, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, Settings nodeSettings) {
                return new ClasspathPluginsService(nodeSettings, env, PLUGINS);
            }
        }, true));

        // SIGTERM (the launcher's stop) runs this hook: close the node so it flushes and releases its files.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "es-node-shutdown"));

        node.start();
    }
}
