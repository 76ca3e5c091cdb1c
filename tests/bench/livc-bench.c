/* livc-bench.c: what the benchmarks share: a clock, medians, peak memory, real child
 * processes timed from fork to exit, and a verdict against each target.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "livc-bench.h"

static guint passed, failed;

void
livc_bench_init (void)
{
  g_autofree char *load = NULL;

  setlocale (LC_ALL, "");
  /* Wall times mean little on a busy machine: say how busy it was. */
  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    g_print ("%u cores, load average %.14s\n", g_get_num_processors (), g_strstrip (load));
}

double
livc_bench_now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
livc_bench_median (double *values,
                   guint   n)
{
  g_assert (n > 0);
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double
livc_bench_percentile (double *values,
                       guint   n,
                       guint   p)
{
  g_assert (n > 0 && p <= 100);
  qsort (values, n, sizeof (double), compare_doubles);
  return values[MIN (n - 1, (n * p) / 100)];
}

double
livc_bench_self_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss * 1024 / 1e6; /* kibibytes on Linux */
}

gboolean
livc_bench_run (const char * const *argv,
                double             *seconds,
                double             *rss_mb)
{
  struct rusage usage;
  double start = livc_bench_now ();
  int status;
  pid_t pid;

  /* fork and exec by hand rather than g_spawn: wait4 gives this child's own rusage,
   * where RUSAGE_CHILDREN would keep the largest of all children so far. */
  pid = fork ();
  if (pid < 0)
    {
      g_printerr ("fork: %s\n", g_strerror (errno));
      return FALSE;
    }
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      dup2 (null, STDERR_FILENO);
      execv (argv[0], (char * const *) argv);
      _exit (127);
    }
  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      {
        g_printerr ("wait4: %s\n", g_strerror (errno));
        return FALSE;
      }
  *seconds = livc_bench_now () - start;
  *rss_mb = usage.ru_maxrss * 1024 / 1e6;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_autofree char *line = g_strjoinv (" ", (char **) argv);

      g_printerr ("failed (status %d): %s\n", status, line);
      return FALSE;
    }
  return TRUE;
}

const char *
livc_bench_program (const char *variable)
{
  const char *path = g_getenv (variable);

  if (path == NULL || *path == '\0')
    {
      g_print ("%s is not set: run this through meson test --benchmark\n", variable);
      exit (77);
    }
  return path;
}

char *
livc_bench_source_file (const char *relative)
{
  const char *root = g_getenv ("LIVC_SOURCE_ROOT");

  return g_build_filename (root ? root : ".", relative, NULL);
}

void
livc_bench_check (const char *name,
                  double      value,
                  double      limit,
                  const char *unit)
{
  gboolean ok = value <= limit;

  g_print ("%-48s %10.3f %-5s (target ≤ %g %s) %s\n", name, value, unit, limit, unit,
           ok ? "ok" : "MISSED");
  if (ok)
    passed++;
  else
    failed++;
}

void
livc_bench_figure (const char *name,
                   double      value,
                   const char *unit)
{
  g_print ("%-48s %10.3f %s\n", name, value, unit);
}

int
livc_bench_finish (void)
{
  g_print ("targets: %u passed, %u failed\n", passed, failed);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

void
livc_bench_rmdir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        livc_bench_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}
