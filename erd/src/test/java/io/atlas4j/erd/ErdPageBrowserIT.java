package io.atlas4j.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML page in a real headless Chromium: it loads without console errors, draws one box per
 * table and view and one line per foreign key, the search box finds a table, a click highlights a
 * table's neighbours. Screenshots go to {@code target/erd/} for a person to look at.
 */
class ErdPageBrowserIT {
    private static final Path OUT = Path.of("target", "erd");
    private static final Path BLOG = Path.of("..", "examples", "blog", "schema.sql");
    private static Chromium chrome;

    @BeforeAll
    static void start() throws Exception {
        chrome = Chromium.start(1400, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chrome != null) chrome.close();
    }

    private static Schema blog() {
        return Atlas.load(BLOG, SqliteDialect.create());
    }

    private static Path write(String name, ErdDiagram d) {
        return d.writeHtml(OUT.resolve(name)).toAbsolutePath();
    }

    private static void assertDrawn(Realm realm) throws Exception {
        assertThat(chrome.errors).as("console errors and exceptions").isEmpty();
        assertThat(chrome.number("document.querySelectorAll('#erd g.node.table').length")).isEqualTo(SampleSchemas.tables(realm));
        assertThat(chrome.number("document.querySelectorAll('#erd g.node.view').length")).isEqualTo(SampleSchemas.views(realm));
        assertThat(chrome.number("document.querySelectorAll('#erd path.edge.fk').length")).isEqualTo(SampleSchemas.foreignKeys(realm));
        // Drawn, not just present: every box has a size on screen, every line a length, and each line
        // starts on the box of its referencing table and ends on the referenced one.
        assertThat(chrome.number("Array.from(document.querySelectorAll('#erd g.node')).filter(g => { const b = g.getBBox(); return !(b.width > 50 && b.height > 20); }).length")).isZero();
        assertThat(chrome.number("""
                Array.from(document.querySelectorAll('#erd path.edge')).filter(p => {
                  const on = (id, pt) => { const g = document.getElementById(id); const m = g.transform.baseVal.consolidate().matrix;
                    const r = g.querySelector('rect.box'); const x = pt.x - m.e, y = pt.y - m.f;
                    return x >= -0.5 && y >= -0.5 && x <= +r.getAttribute('width') + 0.5 && y <= +r.getAttribute('height') + 0.5; };
                  const len = p.getTotalLength();
                  return !(len > 0 && on(p.dataset.from, p.getPointAtLength(0)) && on(p.dataset.to, p.getPointAtLength(len)));
                }).length""")).isZero();
    }

    private static String node(String name) {
        return "document.querySelector('#erd g.node[data-name=\"" + name + "\"]')";
    }

    @Test
    void blogExampleLoadedThroughSqlite() throws Exception {
        Schema schema = blog();
        Realm realm = Realm.of(schema);
        chrome.open(write("blog.html", Erd.of(realm)));
        assertDrawn(realm);
        chrome.screenshot(OUT.resolve("blog.png"));

        // Type into the search box: the table is found, selected, centred, and its neighbours lit.
        chrome.eval("document.getElementById('search').focus()");
        chrome.type("comments");
        chrome.await("document.getElementById('search').value === 'comments'");
        assertThat(chrome.eval("document.getElementById('found').textContent")).isEqualTo("1 found");
        assertThat(chrome.eval(node("main.comments") + ".classList.contains('sel')")).isEqualTo(true);
        assertThat(chrome.eval("Array.from(document.querySelectorAll('#erd g.node.hl')).map(g => g.dataset.name).sort().join(',')"))
                .isEqualTo("main.comments,main.posts,main.users");
        assertThat(chrome.eval("""
                (() => { const r = %s.querySelector('rect.box').getBoundingClientRect();
                  const el = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                  return el.closest('g.node').dataset.name; })()""".formatted(node("main.comments")))).isEqualTo("main.comments");
        chrome.screenshot(OUT.resolve("blog-search.png"));
        // Escape empties the search and lets go of the table.
        chrome.key("Escape", 27);
        chrome.await("document.getElementById('search').value === ''");
        assertThat(chrome.eval("document.getElementById('found').textContent")).isEqualTo("");
        assertThat(chrome.number("document.querySelectorAll('#erd .sel, #erd .hl').length")).isZero();

        // Clicking another table moves the highlight to it and to what it references and is referenced by.
        chrome.eval("document.getElementById('fit').click()");
        double x = chrome.number("(() => { const r = " + node("main.tags") + ".querySelector('rect.head').getBoundingClientRect(); return r.x + r.width / 2; })()");
        double y = chrome.number("(() => { const r = " + node("main.tags") + ".querySelector('rect.head').getBoundingClientRect(); return r.y + r.height / 2; })()");
        chrome.click(x, y);
        chrome.await(node("main.tags") + ".classList.contains('sel')");
        assertThat(chrome.eval("Array.from(document.querySelectorAll('#erd g.node.hl')).map(g => g.dataset.name).sort().join(',')"))
                .isEqualTo("main.post_tags,main.tags");

        // The wheel zooms around the pointer: the drawing point under it stays put.
        String matrix = "document.getElementById('viewport').transform.baseVal.consolidate().matrix";
        double scale = chrome.number(matrix + ".a");
        double underX = (x - chrome.number(matrix + ".e")) / scale;
        chrome.wheel(x, y, -400);
        chrome.await(matrix + ".a > " + scale * 1.5);
        double zoomed = chrome.number(matrix + ".a");
        assertThat(zoomed).isGreaterThan(scale * 1.5);
        assertThat((x - chrome.number(matrix + ".e")) / zoomed).isCloseTo(underX, org.assertj.core.data.Offset.offset(0.5));
        // Dragging pans by the distance moved, and a drag is not a click: the selection stays.
        double e = chrome.number(matrix + ".e");
        double f = chrome.number(matrix + ".f");
        chrome.drag(300, 400, 420, 340);
        chrome.await("Math.abs(" + matrix + ".e - " + (e + 120) + ") < 1 && Math.abs(" + matrix + ".f - " + (f - 60) + ") < 1");
        assertThat(chrome.number(matrix + ".e") - e).isCloseTo(120, org.assertj.core.data.Offset.offset(1.0));
        assertThat(chrome.number(matrix + ".f") - f).isCloseTo(-60, org.assertj.core.data.Offset.offset(1.0));
        assertThat(chrome.eval(node("main.tags") + ".classList.contains('sel')")).isEqualTo(true);
        assertThat(chrome.errors).isEmpty();
    }

    @Test
    void blogDiffColoursWhatChanges() throws Exception {
        Schema current = blog();
        String sql = Files.readString(BLOG)
                .replace("    bio        TEXT,\n", "")
                .replace("    name TEXT    NOT NULL COLLATE NOCASE UNIQUE\n", "    name TEXT    NOT NULL COLLATE NOCASE UNIQUE,\n    color TEXT\n")
                + "\nCREATE TABLE likes (user_id INTEGER NOT NULL REFERENCES users (id), post_id INTEGER NOT NULL REFERENCES posts (id),"
                + " PRIMARY KEY (user_id, post_id));\n";
        sql = sql.substring(0, sql.indexOf("CREATE TABLE post_tags")) + sql.substring(sql.indexOf("-- Published posts"));
        Schema desired = Atlas.load(sql, "desired.sql", SqliteDialect.create());
        List<Change> changes = Atlas.diff(current, desired).changes();
        ErdDiagram d = Erd.diff(Realm.of(desired), changes);
        chrome.open(write("blog-diff.html", d));
        assertThat(chrome.errors).isEmpty();
        assertThat(chrome.eval("Array.from(document.querySelectorAll('#erd g.node.added')).map(g => g.dataset.name).join(',')")).isEqualTo("main.likes");
        assertThat(chrome.eval("Array.from(document.querySelectorAll('#erd g.node.dropped')).map(g => g.dataset.name).join(',')")).isEqualTo("main.post_tags");
        assertThat(chrome.eval("Array.from(document.querySelectorAll('#erd g.node.changed')).map(g => g.dataset.name).sort().join(',')"))
                .isEqualTo("main.tags,main.users");
        assertThat(chrome.eval(node("main.users") + ".querySelector('text.f.dropped .cn').textContent")).isEqualTo("-bio");
        assertThat(chrome.eval(node("main.tags") + ".querySelector('text.f.added .cn').textContent")).isEqualTo("+color");
        assertThat(chrome.number("document.querySelectorAll('#erd path.edge.fk.added').length")).isEqualTo(2);
        assertThat(chrome.number("document.querySelectorAll('#erd path.edge.fk.dropped').length")).isEqualTo(2);
        // Coloured as the stylesheet says, not only classed.
        assertThat(chrome.eval("getComputedStyle(" + node("main.likes") + ".querySelector('rect.box')).stroke")).isEqualTo("rgb(26, 127, 55)");
        chrome.screenshot(OUT.resolve("blog-diff.png"));
    }

    @Test
    void thousandTables() throws Exception {
        Realm realm = SampleSchemas.generated(1000, 13);
        long start = System.nanoTime();
        ErdDiagram d = Erd.of(realm);
        Path page = write("generated-1000.html", d);
        long rendered = System.nanoTime();
        chrome.open(page);
        long ready = System.nanoTime();
        System.out.printf("[erd] 1,000 tables: page %d KiB, rendered in Java %d ms, ready in Chromium %d ms%n",
                Files.size(page) / 1024, (rendered - start) / 1_000_000, (ready - rendered) / 1_000_000);
        assertDrawn(realm);
        // Fitted, 1,000 tables are far out: columns are hidden, the schema frames keep readable names.
        assertThat(chrome.eval("document.getElementById('erd').classList.contains('far')")).isEqualTo(true);
        assertThat(chrome.eval("getComputedStyle(document.querySelector('#erd text.f')).display")).isEqualTo("none");
        assertThat(chrome.number("document.querySelector('#erd text.frame-title').getBoundingClientRect().height")).isGreaterThan(10);
        chrome.screenshot(OUT.resolve("generated-1000.png"));
        chrome.eval("document.getElementById('search').focus()");
        chrome.type("t0777");
        chrome.await("document.getElementById('search').value === 't0777'");
        assertThat(chrome.eval("document.getElementById('found').textContent")).isEqualTo("1 found");
        assertThat(chrome.eval("document.querySelector('#erd g.node.sel').dataset.name")).asString().endsWith(".t0777");
        assertThat(chrome.errors).isEmpty();
        chrome.screenshot(OUT.resolve("generated-1000-search.png"));
        // How long a zoom step takes to reach the screen, close up and fitted (printed, not asserted):
        // wheel events through the page's own handler, each followed by two animation frames.
        String frame = """
                new Promise(done => { const svg = document.getElementById('erd'); const times = []; let i = 0;
                  const step = () => { const t = performance.now();
                    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 2 ? 20 : -20, clientX: 700, clientY: 450, cancelable: true }));
                    requestAnimationFrame(() => requestAnimationFrame(() => { times.push(performance.now() - t);
                      if (++i < 10) step(); else done(times.sort((a, b) => a - b)[5]); })); };
                  step(); })""";
        double near = chrome.number(frame);
        chrome.eval("document.getElementById('fit').click()");
        double far = chrome.number(frame);
        System.out.printf("[erd] 1,000 tables: median zoom step %.0f ms close up, %.0f ms fitted%n", near, far);
        assertThat(chrome.errors).isEmpty();
    }
}
