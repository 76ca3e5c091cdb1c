/* bench-first-frame.c: how long the app takes from its start to its first frame, opening
 * a sample assessment of the built-in questionnaire, against the smallest GTK 4 window
 * started the same way on the same X server in the same run (the target), and against the
 * smallest libadwaita window (what libadwaita alone costs). Each prints a line at its
 * first frame when LIVC_BENCH_FIRST_FRAME is set; starts alternate between the three.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "livc-bench.h"

#define RUNS 9
#define TARGET_RATIO 1.5
#define TIMEOUT_MS 60000

/* Starts one Xvfb and returns its display number, read back through -displayfd. */
static int
start_xvfb (pid_t *pid)
{
  char buffer[16] = { 0 };
  ssize_t got = 0;
  int fds[2];

  if (pipe (fds) != 0)
    return -1;
  *pid = fork ();
  if (*pid == 0)
    {
      g_autofree char *fd = g_strdup_printf ("%d", fds[1]);
      int null = open ("/dev/null", O_WRONLY);

      close (fds[0]);
      dup2 (null, STDOUT_FILENO);
      dup2 (null, STDERR_FILENO);
      execlp ("Xvfb", "Xvfb", "-displayfd", fd, "-screen", "0", "1280x800x24", "-nolisten", "tcp",
              (char *) NULL);
      _exit (127);
    }
  close (fds[1]);
  while (got < (ssize_t) sizeof buffer - 1)
    {
      ssize_t n = read (fds[0], buffer + got, sizeof buffer - 1 - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0 || strchr (buffer, '\n') != NULL)
        break;
      got += n;
    }
  close (fds[0]);
  return buffer[0] != '\0' ? atoi (buffer) : -1;
}

/* Starts argv and waits for the line it prints at its first frame, then for its exit: the
 * seconds from fork to that line, and its peak memory. */
static gboolean
time_first_frame (const char * const *argv,
                  char              **envp,
                  const char         *log,
                  double             *seconds,
                  double             *rss_mb)
{
  struct rusage usage;
  double start = livc_bench_now ();
  gboolean seen = FALSE;
  GString *out = g_string_new (NULL);
  int fds[2], status;
  pid_t pid;

  if (pipe (fds) != 0)
    return FALSE;
  pid = fork ();
  if (pid == 0)
    {
      int err = open (log, O_WRONLY | O_CREAT | O_TRUNC, 0600);

      close (fds[0]);
      dup2 (fds[1], STDOUT_FILENO);
      dup2 (err, STDERR_FILENO);
      execve (argv[0], (char * const *) argv, envp);
      _exit (127);
    }
  close (fds[1]);
  for (;;)
    {
      struct pollfd p = { fds[0], POLLIN, 0 };
      char buffer[256];
      ssize_t n;
      int ready = poll (&p, 1, TIMEOUT_MS);

      if (ready < 0 && errno == EINTR)
        continue;
      if (ready <= 0)
        {
          kill (pid, SIGKILL);
          break;
        }
      n = read (fds[0], buffer, sizeof buffer);
      if (n <= 0)
        break;
      g_string_append_len (out, buffer, n);
      if (!seen && strstr (out->str, "first frame\n") != NULL)
        {
          *seconds = livc_bench_now () - start;
          seen = TRUE;
        }
    }
  close (fds[0]);
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  *rss_mb = usage.ru_maxrss * 1024 / 1e6;
  g_string_free (out, TRUE);
  if (!seen || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_autofree char *messages = NULL;

      g_file_get_contents (log, &messages, NULL, NULL);
      g_printerr ("%s: %s (status %d)\n%s\n", argv[0], seen ? "failed at exit" : "no first frame",
                  status, messages ? messages : "");
      return FALSE;
    }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  const char *app = livc_bench_program ("LIVC_SCAN_APP");
  const char *minimal = livc_bench_program ("LIVC_BENCH_MINIMAL_WINDOW");
  const char *minimal_adw = livc_bench_program ("LIVC_BENCH_MINIMAL_ADW_WINDOW");
  g_autofree char *sample = livc_bench_source_file ("data/samples/town-2026.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("livc-bench-XXXXXX", &error);
  g_autofree char *log = g_build_filename (dir, "stderr.log", NULL);
  g_autofree char *display = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *app_args[] = { app, sample, NULL };
  const char *minimal_args[] = { minimal, NULL };
  const char *adw_args[] = { minimal_adw, NULL };
  double app_wall[RUNS], minimal_wall[RUNS], adw_wall[RUNS];
  double app_rss = 0, minimal_rss = 0, adw_rss = 0;
  double app_median, minimal_median, adw_median;
  pid_t xvfb;
  int number;

  livc_bench_init ();
  g_assert_no_error (error);
  number = start_xvfb (&xvfb);
  if (number < 0)
    {
      g_printerr ("Xvfb did not start\n");
      return EXIT_FAILURE;
    }
  display = g_strdup_printf (":%d", number);
  envp = g_environ_setenv (envp, "DISPLAY", display, TRUE);
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "GDK_BACKEND", "x11", TRUE);
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "LIVC_BENCH_FIRST_FRAME", "1", TRUE);
  /* A private state folder: no recovery files of an earlier run to offer. */
  {
    g_autofree char *state = g_build_filename (dir, "state", NULL);
    g_autofree char *data = g_build_filename (dir, "data", NULL);
    g_autofree char *config = g_build_filename (dir, "config", NULL);

    envp = g_environ_setenv (envp, "XDG_STATE_HOME", state, TRUE);
    envp = g_environ_setenv (envp, "XDG_DATA_HOME", data, TRUE);
    envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config, TRUE);
  }

  g_print ("start to first frame on Xvfb %s, the app opening data/samples/town-2026.xml "
           "against a minimal GTK 4 window and a minimal libadwaita window, median of %d "
           "starts each, alternating\n", display, RUNS);
  /* One start of each first, not counted: binaries, libraries and fonts into the page cache. */
  for (int run = -1; run < RUNS; run++)
    {
      double seconds = 0, rss = 0;
      gboolean ok;

      ok = time_first_frame (app_args, envp, log, &seconds, &rss);
      if (ok && run >= 0)
        {
          app_wall[run] = seconds * 1000;
          app_rss = MAX (app_rss, rss);
        }
      ok = ok && time_first_frame (minimal_args, envp, log, &seconds, &rss);
      if (ok && run >= 0)
        {
          minimal_wall[run] = seconds * 1000;
          minimal_rss = MAX (minimal_rss, rss);
        }
      ok = ok && time_first_frame (adw_args, envp, log, &seconds, &rss);
      if (ok && run >= 0)
        {
          adw_wall[run] = seconds * 1000;
          adw_rss = MAX (adw_rss, rss);
        }
      if (!ok)
        {
          kill (xvfb, SIGTERM);
          waitpid (xvfb, NULL, 0);
          return EXIT_FAILURE;
        }
    }
  kill (xvfb, SIGTERM);
  waitpid (xvfb, NULL, 0);
  livc_bench_rmdir (dir);

  app_median = livc_bench_median (app_wall, RUNS);
  minimal_median = livc_bench_median (minimal_wall, RUNS);
  adw_median = livc_bench_median (adw_wall, RUNS);
  livc_bench_figure ("minimal GTK 4 window: start to first frame", minimal_median, "ms");
  livc_bench_figure ("minimal libadwaita window: start to first frame", adw_median, "ms");
  livc_bench_figure ("LIVC Scan with a sample: start to first frame", app_median, "ms");
  livc_bench_figure ("minimal GTK 4 window: peak RSS", minimal_rss, "MB");
  livc_bench_figure ("minimal libadwaita window: peak RSS", adw_rss, "MB");
  livc_bench_figure ("LIVC Scan: peak RSS", app_rss, "MB");
  livc_bench_figure ("minimal libadwaita / minimal GTK 4 window", adw_median / minimal_median, "×");
  livc_bench_figure ("LIVC Scan / minimal libadwaita window", app_median / adw_median, "×");
  livc_bench_check ("LIVC Scan / minimal window", app_median / minimal_median, TARGET_RATIO, "×");
  return livc_bench_finish ();
}
