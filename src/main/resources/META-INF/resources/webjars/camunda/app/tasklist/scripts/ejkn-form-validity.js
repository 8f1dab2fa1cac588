/*
 * e-JKN Cekat: Tasklist 7.24 keeps the "Mulai" / "Selesaikan" button of a Camunda Form disabled for good once
 * a field inside a dynamic list (e.g. the family members of the registration start form, the FKTP rows of
 * assign-fktp) has been edited.
 *
 * Why: Tasklist's Camunda Forms directive marks the form invalid when form-js's "changed" event has any key in
 * `errors` (Object.keys(errors).length). form-js records a list field's result under [fieldId, index] and, when
 * the field is valid, only removes the index entry, so `errors.Field_members_nik` stays as an empty container
 * and Tasklist counts it as an error (found by OfficersDayBrowserIT in a real browser).
 *
 * The fix: for Camunda Forms, an "invalid" report is trusted only while form-js actually shows an error
 * (.fjs-has-errors) in the rendered form. Submitting still runs form-js's full validation (which shows every
 * error and stops the submit) and the server's own validation, so nothing invalid gets through.
 *
 * Loaded by config.js (requireJsConfig: deps, paths, ngDeps) as the AngularJS module 'ejkn.formValidity'.
 */
define(['angular'], function (angular) {
  'use strict';

  var ngModule = angular.module('ejkn.formValidity', []);

  ngModule.config(['$provide', function ($provide) {
    $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', '$timeout', function ($delegate, $timeout) {
      var directive = $delegate[0];
      var originalCompile = directive.compile;

      directive.compile = function () {
        var link = originalCompile.apply(this, arguments);
        var postLink = typeof link === 'function' ? link : link && link.post;

        return function (scope, element, attrs, formController) {
          var notify = formController.notifyFormValidated;
          var pending = null;

          formController.notifyFormValidated = function (invalid) {
            var tasklistForm = formController.getTasklistForm && formController.getTasklistForm();
            if (!invalid || (tasklistForm && tasklistForm.$error)) {
              return notify.call(formController, invalid);
            }
            // form-js re-renders after its "changed" event: look at what it shows once it has rendered
            if (pending) {
              $timeout.cancel(pending);
            }
            pending = $timeout(function () {
              pending = null;
              notify.call(formController, element[0].querySelector('.fjs-has-errors') !== null);
            }, 50);
          };

          return postLink.apply(this, arguments);
        };
      };

      return $delegate;
    }]);
  }]);

  return ngModule;
});
