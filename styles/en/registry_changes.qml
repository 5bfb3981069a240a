<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields|Forms|Diagrams" version="3.22.16-Białowieża">
 <fieldConfiguration>
  <field configurationFlags="None" name="fid">
   <editWidget type="Hidden">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="case_no">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="change">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Death" type="QString" value="death" />
       </Option>
       <Option type="Map">
        <Option name="Move-out" type="QString" value="move_out" />
       </Option>
       <Option type="Map">
        <Option name="Move-in" type="QString" value="move_in" />
       </Option>
       <Option type="Map">
        <Option name="Address change" type="QString" value="address_change" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="effective_on">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="new_address">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="applied_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="household_id">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="case_no" index="1" name="Case no." />
  <alias field="change" index="2" name="Change" />
  <alias field="effective_on" index="3" name="Effective on" />
  <alias field="new_address" index="4" name="New address" />
  <alias field="applied_at" index="5" name="Applied at" />
  <alias field="household_id" index="6" name="Household" />
  <alias field="created_at" index="7" name="Created at" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="" field="case_no" />
  <default applyOnUpdate="0" expression="" field="change" />
  <default applyOnUpdate="0" expression="" field="effective_on" />
  <default applyOnUpdate="0" expression="" field="new_address" />
  <default applyOnUpdate="0" expression="" field="applied_at" />
  <default applyOnUpdate="0" expression="" field="household_id" />
  <default applyOnUpdate="0" expression="" field="created_at" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="case_no" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="change" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="effective_on" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="new_address" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="applied_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="household_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="created_at" notnull_strength="1" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="case_no" />
  <constraint desc="" exp="" field="change" />
  <constraint desc="" exp="" field="effective_on" />
  <constraint desc="" exp="" field="new_address" />
  <constraint desc="" exp="" field="applied_at" />
  <constraint desc="" exp="" field="household_id" />
  <constraint desc="" exp="" field="created_at" />
 </constraintExpressions>
 <expressionfields />
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable>
  <field editable="0" name="created_at" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>4</layerGeometryType>
</qgis>
