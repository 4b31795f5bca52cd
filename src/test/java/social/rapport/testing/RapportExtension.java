package social.rapport.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import social.rapport.app.App;
import social.rapport.app.Config;
import social.rapport.relation.RelationServices;

/**
 * The harness behind {@link RapportServer} and {@link EachDatabase}: one run of the class per
 * database, named after it, and the fields a test declares filled before each test.
 */
final class RapportExtension implements ClassTemplateInvocationContextProvider, BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace EARLY = ExtensionContext.Namespace.create(RapportExtension.class);

    /**
     * A shared server on one database only starts before the class's {@code @BeforeAll} methods, so they
     * may set the scene in it; on both databases the class's {@code @BeforeAll} comes first.
     */
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        RapportServer options = options(context);
        if (options == null || !options.shared() || databases(options).size() != 1) return;
        Fill early = new Fill(databases(options).get(0), options);
        early.startEarly(context.getRequiredTestClass());
        context.getStore(EARLY).put(Fill.class, early);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Fill early = context.getStore(EARLY).remove(Fill.class, Fill.class);
        if (early != null) early.stop();
    }

    private static RapportServer options(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RapportServer.class)
                .orElse(null);
    }

    private static List<TestDb> databases(RapportServer options) {
        return options != null && options.sqliteOnly() ? List.of(Databases.sqlite()) : Databases.list();
    }

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        Class<?> c = context.getRequiredTestClass();
        return AnnotationSupport.isAnnotated(c, RapportServer.class)
                || AnnotationSupport.isAnnotated(c, EachDatabase.class);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        RapportServer options = options(context);
        Fill early = context.getStore(EARLY).get(Fill.class, Fill.class);
        if (early != null) return Stream.of(new OnDatabase(early));
        return databases(options).stream().map(db -> new OnDatabase(new Fill(db, options)));
    }

    /** One run of the class on one database. */
    private record OnDatabase(Fill fill) implements ClassTemplateInvocationContext {
        @Override
        public String getDisplayName(int index) {
            return "[" + index + "] " + fill.db.name();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(fill);
        }
    }

    /** Starts the servers and fills the test's fields; stops what it started. */
    private static final class Fill
            implements BeforeClassTemplateInvocationCallback,
                    AfterClassTemplateInvocationCallback,
                    BeforeEachCallback,
                    AfterEachCallback {
        private final TestDb db;
        private final RapportServer options;
        private Running shared;
        private Running current;
        private final List<AutoCloseable> perTest = new ArrayList<>();
        private final List<Field> filledStatics = new ArrayList<>();
        private boolean early;

        Fill(TestDb db, RapportServer options) {
            this.db = db;
            this.options = options;
        }

        @Override
        public void beforeClassTemplateInvocation(ExtensionContext context) throws Exception {
            if (options == null || !options.shared() || shared != null) return;
            startShared(context.getRequiredTestClass());
        }

        void startEarly(Class<?> type) throws Exception {
            startShared(type);
            early = true;
        }

        private void startShared(Class<?> type) throws Exception {
            shared = start(type, null);
            current = shared;
            for (Field f : fields(type)) {
                if (fill(f, null)) filledStatics.add(f);
            }
            current = null;
        }

        @Override
        public void afterClassTemplateInvocation(ExtensionContext context) throws Exception {
            if (!early) stop();
        }

        void stop() throws Exception {
            for (Field f : filledStatics) f.set(null, null);
            filledStatics.clear();
            if (shared != null) shared.server.close();
            shared = null;
        }

        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            Object test = context.getRequiredTestInstance();
            if (options != null) {
                current = shared != null ? shared : start(test.getClass(), test);
            }
            for (Field f : fields(test.getClass())) fill(f, test);
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            Exception first = null;
            for (AutoCloseable c : perTest) {
                try {
                    c.close();
                } catch (Exception e) {
                    if (first == null) first = e;
                }
            }
            perTest.clear();
            // A server the test started in place of the harness's own (after changing its configuration).
            Object test = context.getRequiredTestInstance();
            for (Field f : fields(test.getClass())) {
                if (f.getType() != TestServer.class || Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                if (f.get(test) instanceof TestServer own && (current == null || own != current.server)) own.close();
            }
            if (current != null && current != shared) current.server.close();
            current = null;
            if (first != null) throw first;
        }

        /** A server on this database with the test's clock and configuration, and its people. */
        private Running start(Class<?> type, Object test) {
            TestClock clock = null;
            boolean wantsClock = false;
            UnaryOperator<Config> tweak = c -> c;
            for (Field f : fields(type)) {
                if (f.getType() != TestClock.class || (test == null) != Modifier.isStatic(f.getModifiers())) continue;
                wantsClock = true;
                clock = (TestClock) read(f, test);
            }
            if (wantsClock && clock == null) clock = new TestClock();
            for (Method m : methods(type)) {
                if (!m.isAnnotationPresent(ServerConfig.class)) continue;
                Object on = Modifier.isStatic(m.getModifiers()) ? null : test;
                if (on == null && !Modifier.isStatic(m.getModifiers()))
                    throw new IllegalStateException(m + " must be static for a shared server");
                m.setAccessible(true);
                UnaryOperator<Config> before = tweak;
                tweak = c -> invoke(m, on, before.apply(c));
            }
            TestServer server = TestServer.start(db, clock == null ? Clock.systemUTC() : clock, tweak);
            return new Running(server, new Scene(server, clock), new HashMap<>());
        }

        /** Fills the field if it is empty and of a kind the harness gives; static ones only when test is null. */
        private boolean fill(Field f, Object test) throws Exception {
            if (Modifier.isStatic(f.getModifiers()) != (test == null) || Modifier.isFinal(f.getModifiers()))
                return false;
            f.setAccessible(true);
            Class<?> t = f.getType();
            Object now = f.get(test);
            if (now != null && !(t == int.class && (int) now == 0)) return false;
            Object value = null;
            if (t == TestDb.class) value = db;
            else if (current == null && f.isAnnotationPresent(Person.class)) value = account(f, test);
            else if (current == null) value = fromDb(t, test);
            else if (f.isAnnotationPresent(Person.class)) value = person(f, t);
            else if (t == TestServer.class) value = current.server;
            else if (t == Http.class) value = current.server.http();
            else if (t == App.class) value = current.server.app();
            else if (t == RelationServices.class) value = current.server.app().relations();
            else if (t == Scene.class) value = current.scene;
            else if (t == TestClock.class) value = current.scene.clock();
            else value = fromScene(t);
            if (value == null) return false;
            f.set(test, value);
            return true;
        }

        private Object person(Field f, Class<?> t) {
            TestUsers.User u = current.people.computeIfAbsent(
                    f.getName(),
                    n -> current.scene.person(n, f.getAnnotation(Person.class).role()));
            if (t == TestUsers.User.class) return u;
            if (t == int.class) return u.id();
            throw new IllegalStateException("@Person needs a User or int field: " + f);
        }

        /** A @Person int made by the world the test was given in an earlier field. */
        private Object account(Field f, Object test) throws Exception {
            if (f.getType() != int.class) throw new IllegalStateException("@Person needs an int field here: " + f);
            for (Field g : fields(test.getClass())) {
                if (Modifier.isStatic(g.getModifiers())) continue;
                g.setAccessible(true);
                if (g.get(test) instanceof People people) return people.account(f.getName());
            }
            throw new IllegalStateException("no world to make " + f.getName() + " in: declare one before " + f);
        }

        /**
         * A field whose type is built from a TestDb (a world of services over a fresh database), given
         * also the test's value of the constructor's second parameter type when the test declares one
         * (such as the limits that world runs with).
         */
        private Object fromDb(Class<?> t, Object test) throws Exception {
            Object made = null;
            for (Constructor<?> k : t.getDeclaredConstructors()) {
                Class<?>[] p = k.getParameterTypes();
                if (p.length != 2 || p[0] != TestDb.class) continue;
                Object with = valueOfType(test, p[1]);
                if (with == null) continue;
                k.setAccessible(true);
                made = k.newInstance(db, with);
                break;
            }
            Constructor<?> k = constructor(t, TestDb.class);
            if (made == null && k != null) made = k.newInstance(db);
            if (made instanceof AutoCloseable c) perTest.add(c);
            return made;
        }

        /** The test's non-empty field of this type, if it has one. */
        private static Object valueOfType(Object test, Class<?> type) throws Exception {
            if (test == null) return null;
            for (Field f : fields(test.getClass())) {
                if (!type.isAssignableFrom(f.getType()) || Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                if (f.get(test) != null) return f.get(test);
            }
            return null;
        }

        /** A field whose type is a thin layer over the scene. */
        private Object fromScene(Class<?> t) throws Exception {
            Constructor<?> k = constructor(t, Scene.class);
            return k == null ? null : k.newInstance(current.scene);
        }

        private static Constructor<?> constructor(Class<?> t, Class<?> arg) {
            try {
                Constructor<?> k = t.getDeclaredConstructor(arg);
                k.setAccessible(true);
                return k;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        private static Config invoke(Method m, Object on, Config c) {
            try {
                return (Config) m.invoke(on, c);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot apply " + m, e);
            }
        }

        private static Object read(Field f, Object on) {
            try {
                f.setAccessible(true);
                return f.get(on);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Declared fields, the superclass's first, each class's in declaration order. */
        private static List<Field> fields(Class<?> type) {
            List<Field> out = new ArrayList<>();
            if (type.getSuperclass() != null && type.getSuperclass() != Object.class)
                out.addAll(fields(type.getSuperclass()));
            out.addAll(List.of(type.getDeclaredFields()));
            return out;
        }

        private static List<Method> methods(Class<?> type) {
            List<Method> out = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass())
                out.addAll(List.of(c.getDeclaredMethods()));
            return out;
        }
    }

    private record Running(TestServer server, Scene scene, Map<String, TestUsers.User> people) {}
}
