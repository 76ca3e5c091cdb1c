/* livc-test.h: helpers shared by the unit tests.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "livc-core.h"

/* A fixture under tests/files, found through LIVC_TEST_FILES set by meson. */
static inline char *
livc_test_file (const char *name)
{
  const char *dir = g_getenv ("LIVC_TEST_FILES");

  return g_build_filename (dir ? dir : "tests/files", name, NULL);
}

/* A sample of data/samples, loaded without its questionnaire. */
static inline LivcAssessment *
livc_test_load_sample (const char *name)
{
  const char *root = g_getenv ("LIVC_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root ? root : ".", "data", "samples", name, NULL);
  g_autoptr(GError) error = NULL;
  LivcAssessment *a = livc_load_assessment (path, NULL, &error);

  assert_null (error);
  return a;
}

static inline char *
livc_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("livc-test-XXXXXX", &error);

  assert_non_null (dir);
  return dir;
}

static inline void
livc_test_rmdir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        livc_test_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* Draws every page of a report onto an A4-sized image and checks that cairo is happy;
 * returns the number of pages. */
static inline guint
livc_test_draw_all_pages (LivcReport *report)
{
  guint n = livc_report_get_n_pages (report);

  for (guint p = 0; p < n; p++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
      cairo_t *cr = cairo_create (surface);

      livc_report_draw_page (report, cr, p);
      assert_int_equal (cairo_status (cr), CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  return n;
}

#define assert_double_equal(a, b) assert_true (fabs ((a) - (b)) < 1e-9)
