import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * Starts DynamoDB Local with its own command-line arguments, listening on 127.0.0.1 only.
 *
 * The jar's main class binds every network interface and has no option for an address, so the
 * local database (CPR numbers included) would answer anyone on the network. This launcher builds
 * the same server the jar does and sets the host of its Jetty connector before starting it.
 * `npm start` runs it from source (java LoopbackDynamoDbLocal.java ...), with the jar on the class path.
 *
 * It also ends with its parent, the `npm start` process, however that ends (Ctrl-C, a crash, kill -9),
 * so no database is left running without it.
 */
public class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    for (Connector connector : jetty.getConnectors()) {
      ((ServerConnector) connector).setHost("127.0.0.1");
    }
    proxy.start();
    // When the process that started this one ends, however it ended, so does the database.
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
  }
}
