/* test-kill.c: the real app killed with SIGKILL, many times, at random moments while a user
 * types answers and saves: the saved file is never half-written and the recovery copy
 * holds every answer typed more than two seconds before the kill.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each run opens a fresh assessment of the built-in questionnaire from a file, focuses the
 * window, and types with xdotool at a pace of its own: a rating (1–5, 0 for not
 * applicable, ? for unknown) for the focused item, then Down to the next item, or
 * Ctrl+Page Down to the next domain (at the end of a domain, and sometimes before), and
 * now and then Ctrl+S. Each item is rated once, so the test knows which item every key
 * rated and when it was sent. Then SIGKILL; a fifth of the runs kill within 15 ms of a
 * Ctrl+S, in the middle of the save if it takes that long.
 *
 * After the kill, with the core's loader and checks:
 *   - the saved file loads and is valid (never half-written);
 *   - every recovery copy loads and is valid;
 *   - every answer sent more than two seconds before the kill is in the recovery copy (or,
 *     when the app saved after its last recovery copy, in the saved file);
 *   - every answer sent before a Ctrl+S that was sent more than two seconds before the
 *     kill is in the saved file;
 *   - the next start offers the recovery copy when it holds more than the saved file, and
 *     does not when the app saved after writing it (killed between the save and the
 *     removal of the copy);
 *   - with the umask at 000, the recovery folder is 0700, its files and the saved file 0600.
 *
 * LIVC_KILL_RUNS (default 200) sets the number of runs, LIVC_KILL_SEED the seed; the seed is
 * printed, so a failing run can be replayed. Output is TAP, one line per run. */
#include "config.h"

#include <locale.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "livc-catalog.h"
#include "livc-loader.h"
#include "livc-recovery.h"

/* What the app promises: an answer older than this is in the recovery copy. */
#define KEEP_US (2 * G_USEC_PER_SEC)

typedef struct
{
  const char *item;   /* the item it rated, or NULL for a key that rates nothing */
  int         value;  /* the value it gave */
  gboolean    save;   /* Ctrl+S */
  gint64      sent;   /* when xdotool returned: the X server had the key */
} Key;

typedef struct
{
  guint runs;
  guint failed;
  guint answers_checked;
  guint saves_checked;
  guint saves_sent;
  guint killed_after_save;
  guint mid_save;
  guint stale_recovery;
  guint no_recovery;
} Totals;

static LivcQuestionnaire *questionnaire;
static GPtrArray *failures;

static void
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static void
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  if (failures != NULL)
    g_ptr_array_add (failures, g_strdup_vprintf (format, args));
  else
    g_logv (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, format, args);
  va_end (args);
}

/* Runs argv to its end; its standard output is returned when out is not NULL. */
static gboolean
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL |
                     (out == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0),
                     NULL, NULL, out, NULL, &status, &error))
    {
      fail ("%s: %s", argv[0], error->message);
      return FALSE;
    }
  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
xdotool_key (const char *key)
{
  const char *argv[] = { "xdotool", "key", "--clearmodifiers", key, NULL };

  return run (argv, NULL);
}

/* The app's window for this run, by its unique title. */
static char *
find_window (const char *name)
{
  const char *argv[] = { "timeout", "30", "xdotool", "search", "--sync", "--onlyvisible",
                         "--name", name, NULL };
  char *out = NULL;

  if (!run (argv, &out))
    {
      g_free (out);
      return NULL;
    }
  g_strstrip (out);
  if (strchr (out, '\n') != NULL)
    *strchr (out, '\n') = '\0';
  return out;
}

static LivcAssessment *
load_valid (const char *path,
            const char *what)
{
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(GError) error = NULL;

  a = livc_load_assessment (path, diag, &error);
  if (a == NULL)
    {
      fail ("the %s does not load: %s", what, error->message);
      return NULL;
    }
  if (!livc_assessment_check (a, questionnaire, path, diag, &error))
    {
      fail ("the %s is not valid: %s", what, error != NULL ? error->message : "?");
      return NULL;
    }
  return g_steal_pointer (&a);
}

static int
value_in (LivcAssessment *a,
          const char     *item)
{
  LivcAnswer *answer = livc_assessment_find_answer (a, item);

  return answer != NULL ? livc_answer_get_value (answer) : LIVC_VALUE_NONE;
}

/* A value as the format writes it, for the messages. */
static const char *
value_text (int value)
{
  g_autofree char *text = NULL;

  if (value == LIVC_VALUE_NONE)
    return "no answer";
  text = livc_value_to_string (value);
  return g_intern_string (text);
}

static gboolean
mode_is (const char *path,
         guint       want,
         const char *what)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      fail ("%s: %s", what, g_strerror (errno));
      return FALSE;
    }
  if ((st.st_mode & 0777) != want)
    {
      fail ("%s has mode %03o, not %03o", what, st.st_mode & 0777, want);
      return FALSE;
    }
  return TRUE;
}

/* Files whose name starts with a dot: the writer's temporary files, left by a kill
 * between their creation and the rename. */
static guint
count_temporary (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (name[0] == '.')
      n++;
  return n;
}

static const char *
key_name (int value)
{
  static char digit[2];

  if (value == LIVC_VALUE_NA)
    return "0";
  if (value == LIVC_VALUE_UNKNOWN)
    return "question";
  digit[0] = (char) ('0' + value);
  digit[1] = '\0';
  return digit;
}

static void
run_once (guint       index,
          const char *app,
          const char *root,
          GRand      *rand,
          Totals     *totals)
{
  g_autofree char *dir = g_strdup_printf ("%s/run-%u", root, index);
  g_autofree char *state = g_build_filename (dir, "state", NULL);
  g_autofree char *recovery_dir = g_build_filename (state, "livc-scan", "recovery", NULL);
  g_autofree char *path = g_build_filename (dir, "kill.xml", NULL);
  g_autofree char *name = g_strdup_printf ("Killrun%u", index);
  g_autofree char *start = NULL;
  g_autofree char *xid = NULL;
  g_autofree char *original = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, TRUE, sizeof (Key));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(LivcAssessment) saved = NULL;
  g_autoptr(LivcAssessment) recovered = NULL;
  GListModel *domains = livc_questionnaire_get_domains (questionnaire);
  guint domain = 0, item = 0;
  gboolean finished = FALSE, saved_since_recovery = FALSE;
  GPid pid;
  int status;
  gint64 first_key, kill_at, killed;
  gboolean kill_after_save;
  guint saves = 0;
  /* Each run its own pace: a base delay between keys of 10–250 ms, each key ±50 %. */
  guint pace_ms = (guint) g_rand_int_range (rand, 10, 251);
  guint typed = 0, checked = 0;

  failures = g_ptr_array_new_with_free_func (g_free);
  g_mkdir_with_parents (dir, 0700);
  start = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<assessment xmlns=\"urn:livc-scan:assessment:1\" "
                           "questionnaire=\"livc-r\" questionnaire-version=\"2026.1\">\n"
                           "  <municipality nis=\"99004\">%s</municipality>\n"
                           "  <date>2026-11-22</date>\n"
                           "</assessment>\n", name);
  g_file_set_contents (path, start, -1, NULL);
  original = g_strdup (start);

  envp = g_environ_setenv (envp, "XDG_STATE_HOME", state, TRUE);
  {
    const char *argv[] = { app, path, NULL };

    if (!g_spawn_async (NULL, (char **) argv, envp,
                        G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                        &pid, &error))
      g_error ("cannot start %s: %s", app, error->message);
  }
  {
    /* xdotool matches a regular expression: Killrun1 must not find Killrun12. The title
     * wraps the name in bidi isolation marks, so the name is not anchored at the start. */
    g_autofree char *pattern = g_strdup_printf ("%s[^0-9]", name);
    xid = find_window (pattern);
  }
  if (xid == NULL || *xid == '\0')
    fail ("the window “%s” did not show within 30 s", name);
  else
    {
      const char *focus[] = { "xdotool", "windowfocus", "--sync", xid, NULL };

      run (focus, NULL);
      /* The first item takes the focus when the window maps; give it that moment. */
      g_usleep (250 * 1000);
    }

  /* When to kill: at a random moment 0.2–3.5 s after the first key; in one run out of
   * five, 0–15 ms after a Ctrl+S sent at that moment, in the middle of the save if it
   * takes that long. */
  kill_after_save = g_rand_int_range (rand, 0, 5) == 0;
  first_key = g_get_monotonic_time ();
  kill_at = first_key + g_rand_int_range (rand, 200, 3501) * 1000;

  while (failures->len == 0)
    {
      gint64 now = g_get_monotonic_time ();
      Key key = { 0 };
      const char *press;
      guint n_items;
      g_autoptr(LivcDomain) d = NULL;

      if (now >= kill_at && !(kill_after_save && typed > 0))
        break;
      if (finished && now < kill_at)
        {
          g_usleep (10 * 1000);
          continue;
        }
      d = g_list_model_get_item (domains, domain);
      n_items = g_list_model_get_n_items (livc_domain_get_items (d));
      if (typed > 0 && (now >= kill_at || g_rand_int_range (rand, 0, 8) == 0))
        {
          key.save = TRUE;
          press = "ctrl+s";
        }
      else
        {
          g_autoptr(LivcItem) it = g_list_model_get_item (livc_domain_get_items (d), item);
          int pick = g_rand_int_range (rand, 0, 7);

          key.item = livc_item_get_id (it);
          key.value = pick < 5 ? pick + 1 : pick == 5 ? LIVC_VALUE_NA : LIVC_VALUE_UNKNOWN;
          press = key_name (key.value);
        }
      if (!xdotool_key (press))
        {
          fail ("xdotool key %s failed", press);
          break;
        }
      key.sent = g_get_monotonic_time ();
      g_array_append_val (keys, key);
      if (key.save)
        {
          saves++;
          totals->saves_sent++;
          if (now >= kill_at)
            {
              /* In the middle of the save, when it takes this long. */
              g_usleep ((gulong) g_rand_int_range (rand, 0, 15001));
              break;
            }
        }
      else
        {
          typed++;
          /* Move on: Down within the domain, Ctrl+Page Down at its end and now and then
           * before it; after the last item of the last domain, nothing more to rate. */
          if (item + 1 < n_items && g_rand_int_range (rand, 0, 10) != 0)
            {
              press = "Down";
              item++;
            }
          else if (domain + 1 < g_list_model_get_n_items (domains))
            {
              press = "ctrl+Next";
              domain++;
              item = 0;
            }
          else
            {
              press = NULL;
              finished = TRUE;
            }
          if (press != NULL && !xdotool_key (press))
            fail ("xdotool key %s failed", press);
        }
      g_usleep ((gulong) g_rand_int_range (rand, (gint32) pace_ms / 2,
                                           (gint32) pace_ms * 3 / 2 + 1) * 1000);
    }

  kill (pid, SIGKILL);
  killed = g_get_monotonic_time ();
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    fail ("the app was not killed by SIGKILL but ended by itself (status %d)", status);
  if (kill_after_save && saves > 0 && g_array_index (keys, Key, keys->len - 1).save)
    totals->killed_after_save++;

  /* Killed in the middle of a save: the writer's temporary file is still there. */
  if (count_temporary (dir) + count_temporary (recovery_dir) > 0)
    totals->mid_save++;

  /* (a) The saved file: loads, is valid, holds what a Ctrl+S long enough ago saved. */
  saved = load_valid (path, "saved file");
  if (saved != NULL)
    {
      g_autofree char *now = NULL;

      g_file_get_contents (path, &now, NULL, NULL);
      if (g_strcmp0 (now, original) != 0)
        mode_is (path, 0600, "the saved file");
      for (guint i = 0; i < keys->len; i++)
        {
          const Key *s = &g_array_index (keys, Key, i);

          if (!s->save || s->sent > killed - KEEP_US)
            continue;
          for (guint j = 0; j < i; j++)
            {
              const Key *k = &g_array_index (keys, Key, j);

              if (k->item != NULL && value_in (saved, k->item) != k->value)
                fail ("%s was rated %s before a Ctrl+S %.2f s before the kill, "
                      "the saved file has %s",
                      k->item, value_text (k->value), (double) (killed - s->sent) / G_USEC_PER_SEC,
                      value_text (value_in (saved, k->item)));
            }
          totals->saves_checked++;
        }
    }

  /* (b) The recovery copy: private, loads, is valid, and holds every answer older than
   * two seconds. */
  if (g_file_test (recovery_dir, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) handle = g_dir_open (recovery_dir, 0, NULL);
      const char *entry;
      guint copies = 0;

      mode_is (recovery_dir, 0700, "the recovery folder");
      while (handle != NULL && (entry = g_dir_read_name (handle)) != NULL)
        {
          g_autofree char *file = g_build_filename (recovery_dir, entry, NULL);

          mode_is (file, 0600, entry);
          if (entry[0] == '.' || !g_str_has_suffix (entry, ".xml"))
            continue;
          copies++;
          g_clear_object (&recovered);
          recovered = load_valid (file, "recovery copy");
          if (recovered != NULL)
            {
              GStatBuf rs, ss;

              /* A kill between the save and the removal of the recovery copy leaves a
               * copy older than the saved file; the saved file is then the newer. */
              if (g_stat (file, &rs) == 0 && g_stat (path, &ss) == 0 &&
                  (ss.st_mtim.tv_sec > rs.st_mtim.tv_sec ||
                   (ss.st_mtim.tv_sec == rs.st_mtim.tv_sec &&
                    ss.st_mtim.tv_nsec > rs.st_mtim.tv_nsec)))
                saved_since_recovery = TRUE;
            }
        }
      if (copies > 1)
        fail ("%u recovery copies for one window", copies);
    }
  if (recovered == NULL)
    totals->no_recovery++;
  else if (saved_since_recovery)
    totals->stale_recovery++;

  /* (c) What the next start offers: the copy when it is newer than the saved file, not
   * when the save came after it (the save holds everything the copy does). */
  if (recovered != NULL)
    {
      g_autoptr(GPtrArray) offered = livc_recovery_list_in (recovery_dir);

      if (saved_since_recovery && offered->len > 0)
        fail ("the next start offers a recovery copy older than the saved file");
      else if (!saved_since_recovery && offered->len != 1)
        fail ("the next start offers %u recovery copies, not the one newer than the saved file",
              offered->len);
    }
  {
    LivcAssessment *newest = recovered != NULL && !saved_since_recovery ? recovered : saved;
    const char *which =
      newest == recovered ? "recovery copy" : "saved file (no newer recovery copy)";

    for (guint i = 0; i < keys->len && newest != NULL; i++)
      {
        const Key *k = &g_array_index (keys, Key, i);

        if (k->item == NULL || k->sent > killed - KEEP_US)
          continue;
        checked++;
        if (value_in (newest, k->item) != k->value)
          fail ("%s was rated %s %.2f s before the kill, the %s has %s", k->item,
                value_text (k->value), (double) (killed - k->sent) / G_USEC_PER_SEC, which,
                value_text (value_in (newest, k->item)));
      }
  }
  totals->answers_checked += checked;
  totals->runs++;

  if (failures->len == 0)
    g_print ("ok %u - run %u: %u answers, %u saves, killed %.2f s after the first key, "
             "%u answers older than 2 s checked\n",
             index + 1, index, typed, saves, (double) (killed - first_key) / G_USEC_PER_SEC,
             checked);
  else
    {
      totals->failed++;
      g_print ("not ok %u - run %u: %u answers, %u saves, killed %.2f s after the first key\n",
               index + 1, index, typed, saves, (double) (killed - first_key) / G_USEC_PER_SEC);
      for (guint i = 0; i < failures->len; i++)
        g_print ("# %s\n", (char *) g_ptr_array_index (failures, i));
    }
  g_ptr_array_unref (failures);
  failures = NULL;

  if (totals->failed == 0)
    {
      const char *rm[] = { "rm", "-rf", dir, NULL };
      run (rm, NULL);
    }
}

int
main (int    argc,
      char **argv)
{
  const char *app = g_getenv ("LIVC_SCAN_APP");
  const char *runs_env = g_getenv ("LIVC_KILL_RUNS");
  const char *seed_env = g_getenv ("LIVC_KILL_SEED");
  guint runs = runs_env != NULL ? (guint) g_ascii_strtoull (runs_env, NULL, 10) : 200;
  guint32 seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10)
                                  : (guint32) (g_get_real_time () / 1000);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  Totals totals = { 0 };
  gint64 began = g_get_monotonic_time ();

  setlocale (LC_ALL, "");
  livc_core_init ();
  if (app == NULL)
    g_error ("LIVC_SCAN_APP names the app to kill");
  questionnaire = livc_catalog_get_builtin (&error);
  g_assert_no_error (error);
  root = g_dir_make_tmp ("livc-kill-XXXXXX", &error);
  g_assert_no_error (error);

  /* As the app runs for a user, except for what keeps the runs apart and the screen
   * quiet; the most permissive umask, so that only the app's own modes protect it. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  /* No session bus: GIO would start one (dbus-launch) that outlives the test, and a
   * killed instance must not hand the next one over to another process. */
  {
    g_autofree char *no_bus = g_strdup_printf ("unix:path=%s/no-session-bus", root);
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", no_bus, TRUE);
  }
  umask (0);

  g_print ("# seed %u (LIVC_KILL_SEED=%u replays these runs), %u runs\n", seed, seed, runs);
  for (guint i = 0; i < runs; i++)
    run_once (i, app, root, rand, &totals);

  g_print ("# %u runs in %.0f s: %u answers older than 2 s checked in recovery copies or "
           "saved files, %u of %u saves checked, %u killed within 15 ms of a Ctrl+S, "
           "%u killed mid-save (temporary file left), %u with a recovery copy older than "
           "the saved file, %u without a recovery copy\n",
           totals.runs, (double) (g_get_monotonic_time () - began) / G_USEC_PER_SEC,
           totals.answers_checked, totals.saves_checked, totals.saves_sent,
           totals.killed_after_save, totals.mid_save, totals.stale_recovery, totals.no_recovery);
  /* A test whose runs all ended before any answer was old enough would check nothing. */
  if (runs >= 20 && totals.answers_checked == 0)
    {
      g_print ("not ok %u - some answers were old enough to be checked\n", runs + 1);
      runs++;
      totals.failed++;
    }
  g_print ("1..%u\n", runs);
  if (totals.failed == 0)
    {
      const char *rm[] = { "rm", "-rf", root, NULL };
      g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                    NULL);
    }
  g_object_unref (questionnaire);
  return totals.failed > 0;
}
