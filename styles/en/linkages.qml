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
  <field configurationFlags="None" name="id">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="need_id">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="" />
      <Option name="Key" type="QString" value="id" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Needs" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="item" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="household_id">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="" />
      <Option name="Key" type="QString" value="id" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Households" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="address" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="kind">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Public benefit application" type="QString" value="public_benefit" />
       </Option>
       <Option type="Map">
        <Option name="Cash" type="QString" value="cash" />
       </Option>
       <Option type="Map">
        <Option name="In kind" type="QString" value="in_kind" />
       </Option>
       <Option type="Map">
        <Option name="Voucher" type="QString" value="voucher" />
       </Option>
       <Option type="Map">
        <Option name="Fee reduction" type="QString" value="fee_reduction" />
       </Option>
       <Option type="Map">
        <Option name="Facility admission" type="QString" value="facility_admission" />
       </Option>
       <Option type="Map">
        <Option name="Service/programme" type="QString" value="service" />
       </Option>
       <Option type="Map">
        <Option name="Private resource" type="QString" value="private_resource" />
       </Option>
       <Option type="Map">
        <Option name="Referral to another agency" type="QString" value="referral" />
       </Option>
       <Option type="Map">
        <Option name="Case management" type="QString" value="case_management" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="facility_id">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="" />
      <Option name="Key" type="QString" value="id" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Welfare facilities" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="name" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="provider_name">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="linked_on">
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
  <field configurationFlags="None" name="status">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Requested" type="QString" value="requested" />
       </Option>
       <Option type="Map">
        <Option name="Provided" type="QString" value="provided" />
       </Option>
       <Option type="Map">
        <Option name="Declined" type="QString" value="declined" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="notes">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="true" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
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
  <field configurationFlags="None" name="created_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="id" index="1" name="ID" />
  <alias field="need_id" index="2" name="Need" />
  <alias field="household_id" index="3" name="Household" />
  <alias field="kind" index="4" name="Kind" />
  <alias field="facility_id" index="5" name="Facility" />
  <alias field="provider_name" index="6" name="Provider" />
  <alias field="linked_on" index="7" name="Linked on" />
  <alias field="status" index="8" name="Status" />
  <alias field="notes" index="9" name="Notes" />
  <alias field="created_at" index="10" name="Created at" />
  <alias field="created_by" index="11" name="Created by" />
  <alias field="updated_at" index="12" name="Updated at" />
  <alias field="updated_by" index="13" name="Updated by" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="uuid('WithoutBraces')" field="id" />
  <default applyOnUpdate="0" expression="" field="need_id" />
  <default applyOnUpdate="0" expression="" field="household_id" />
  <default applyOnUpdate="0" expression="" field="kind" />
  <default applyOnUpdate="0" expression="" field="facility_id" />
  <default applyOnUpdate="0" expression="" field="provider_name" />
  <default applyOnUpdate="0" expression="" field="linked_on" />
  <default applyOnUpdate="0" expression="" field="status" />
  <default applyOnUpdate="0" expression="" field="notes" />
  <default applyOnUpdate="0" expression="" field="created_at" />
  <default applyOnUpdate="0" expression="@user_account_name" field="created_by" />
  <default applyOnUpdate="1" expression="now()" field="updated_at" />
  <default applyOnUpdate="1" expression="@user_account_name" field="updated_by" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="need_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="household_id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="kind" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="facility_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="provider_name" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="linked_on" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="status" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="notes" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="created_at" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="created_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="id" />
  <constraint desc="" exp="" field="need_id" />
  <constraint desc="" exp="" field="household_id" />
  <constraint desc="" exp="" field="kind" />
  <constraint desc="" exp="" field="facility_id" />
  <constraint desc="" exp="" field="provider_name" />
  <constraint desc="" exp="" field="linked_on" />
  <constraint desc="" exp="" field="status" />
  <constraint desc="" exp="" field="notes" />
  <constraint desc="" exp="" field="created_at" />
  <constraint desc="" exp="" field="created_by" />
  <constraint desc="" exp="" field="updated_at" />
  <constraint desc="" exp="" field="updated_by" />
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
  <field editable="0" name="created_by" />
  <field editable="0" name="id" />
  <field editable="0" name="updated_at" />
  <field editable="0" name="updated_by" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>4</layerGeometryType>
</qgis>
