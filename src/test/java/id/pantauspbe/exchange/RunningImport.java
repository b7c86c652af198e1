package id.pantauspbe.exchange;

import id.pantauspbe.SignIn;
import id.pantauspbe.access.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An import by a coordinator on another thread that stays running (its file does not arrive) until
 * {@link #finish()} or {@link #close()}: while it is open, any other import meets a running one. Its
 * file names a year without framework, so it never stores anything that other tests could see.
 */
public final class RunningImport implements AutoCloseable {

    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<ImportResult> result;

    public RunningImport(ExchangeService exchange, SecurityContextHolderStrategy security) throws InterruptedException {
        byte[] content =
                "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\nUJI-LAMBAT,Kota Uji Lambat,2099,final,I1,2\n"
                        .getBytes(StandardCharsets.UTF_8);
        ImportSource slow = ImportSource.of(
                () -> {
                    reading.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException();
                    }
                    return (InputStream) new ByteArrayInputStream(content);
                },
                content.length);
        result = thread.submit(() -> {
            SignIn.as(security, "koordinator", Role.ADMIN);
            try {
                return exchange.importFile(ImportKind.HASIL, "lambat.csv", slow, "koordinator");
            } finally {
                security.clearContext();
            }
        });
        if (!reading.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the first import did not start");
        }
    }

    /** Lets the import finish; its result. */
    public ImportResult finish() throws Exception {
        release.countDown();
        return result.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        release.countDown();
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
    }
}
